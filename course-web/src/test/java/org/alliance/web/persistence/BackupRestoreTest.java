package org.alliance.web.persistence;

import static org.alliance.web.TestUsers.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.alliance.core.scoring.Response;
import org.alliance.web.AllianceTest;
import org.alliance.web.account.AccountService;
import org.alliance.web.assessment.QuizAttempts;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.grading.Grading;
import org.alliance.web.vignette.VignetteAttempts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A backup taken with the command docs/operations.md gives (H2: {@code SCRIPT TO}; PostgreSQL: {@code pg_dump}),
 * restored into an empty database with the matching command ({@code RUNSCRIPT FROM}; {@code psql}), holds every
 * row of every table: users, published course versions, quiz attempts and their answers, vignette attempts,
 * ratings and released grades among them.
 */
@AllianceTest
@AlsoOnPostgres
class BackupRestoreTest {
    private static final String STUDENT = "backup-student";
    private static final String PASSWORD = "a quiet walk along the shore";
    private static final Map<String, Integer> RATINGS =
            Map.of("d1-empathic-accuracy", 4, "d2-warmth", 4, "d6-timing", 4);

    @Autowired
    DataSource dataSource;

    @Autowired
    AccountService accounts;

    @Autowired
    CourseCatalog catalog;

    @Autowired
    QuizAttempts quizzes;

    @Autowired
    VignetteAttempts vignettes;

    @Autowired
    Grading grading;

    @TempDir
    Path backups;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_restored_backup_holds_every_row_of_every_table() throws Exception {
        fillWithAStudentsWork();
        Map<String, List<String>> before;
        try (Connection live = dataSource.getConnection()) {
            before = everyRow(live);
        }

        Map<String, List<String>> restored =
                TestPostgres.selected() ? backUpAndRestorePostgres() : backUpAndRestoreH2();

        for (String table : List.of(
                "account",
                "course_version",
                "attempt",
                "attempt_answer",
                "vignette_attempt",
                "free_text_rating",
                "free_text_rating_score",
                "free_text_release")) {
            assertThat(restored.get(table)).as(table).isNotEmpty();
        }
        assertThat(restored.get("account")).anyMatch(row -> row.contains(STUDENT));
        assertThat(restored.keySet()).isEqualTo(before.keySet());
        before.forEach(
                (table, rows) -> assertThat(restored.get(table)).as(table).containsExactlyElementsOf(rows));
    }

    private void fillWithAStudentsWork() {
        accounts.register("Backup Student", STUDENT, PASSWORD);
        signIn(STUDENT, "STUDENT");
        catalog.enrol("here-and-now", null);
        String quiz = quizzes.start("here-and-now", "qh1-mindfulness-attitudes");
        quizzes.answer(quiz, "qh1-i1", new Response.SingleChoiceAnswer("a"));
        quizzes.submit(quiz);
        catalog.enrol("therapeutic-relationship", null);
        String answer = vignettes.start("therapeutic-relationship", "v3-reflect-the-feeling");
        vignettes.submitText(answer, "You sound pleased, and tired as well?", RATINGS);

        signIn("instructor", "INSTRUCTOR");
        grading.rate("therapeutic-relationship", answer, RATINGS, false, "Tentative and warm.");
        grading.release("therapeutic-relationship", answer, "Well noticed.");
    }

    /** H2: {@code SCRIPT TO} from the live database, {@code RUNSCRIPT FROM} into a new, empty one. */
    private Map<String, List<String>> backUpAndRestoreH2() throws SQLException {
        String file = backups.resolve("alliance.sql").toString();
        try (Connection live = dataSource.getConnection();
                var statement = live.prepareStatement("SCRIPT TO ?")) {
            statement.setString(1, file);
            statement.execute();
        }
        String empty = "jdbc:h2:mem:restore-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=0";
        try (Connection restored = java.sql.DriverManager.getConnection(empty, "sa", "")) {
            assertThat(everyRow(restored))
                    .as("the database restored into starts empty")
                    .isEmpty();
            try (var statement = restored.prepareStatement("RUNSCRIPT FROM ?")) {
                statement.setString(1, file);
                statement.execute();
            }
            return everyRow(restored);
        }
    }

    /** PostgreSQL: {@code pg_dump} of the live database, {@code psql} into a new, empty one. */
    private Map<String, List<String>> backUpAndRestorePostgres() throws Exception {
        var live = TestPostgres.runDatabase().orElseThrow();
        var empty = TestPostgres.freshDatabase();
        Path file = backups.resolve("alliance.sql");
        run(live, "pg_dump", "--no-owner", "--no-privileges", "--file=" + file, "--dbname=" + libpq(live));
        try (Connection restored = TestPostgres.connect(empty)) {
            assertThat(everyRow(restored))
                    .as("the database restored into starts empty")
                    .isEmpty();
            run(empty, "psql", "--quiet", "-v", "ON_ERROR_STOP=1", "--file=" + file, "--dbname=" + libpq(empty));
            return everyRow(restored);
        }
    }

    private static void run(TestPostgres.Database database, String... command) throws Exception {
        Path log = Files.createTempFile("alliance-backup-", ".log");
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("PGUSER", database.username());
        builder.environment().put("PGPASSWORD", database.password());
        Process process = builder.start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES))
                .as(command[0] + " finished")
                .isTrue();
        assertThat(process.exitValue()).as(command[0] + ": " + readQuietly(log)).isZero();
        Files.deleteIfExists(log);
    }

    private static String readQuietly(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** A libpq connection string from the JDBC URL: the same host, port and database. */
    private static String libpq(TestPostgres.Database database) {
        return database.url().replaceFirst("^jdbc:", "");
    }

    /** Every table of the app's schema with its rows, each row as text, in a stable order. */
    private static Map<String, List<String>> everyRow(Connection connection) throws SQLException {
        String schema = connection.getMetaData().getDatabaseProductName().equals("H2") ? "PUBLIC" : "public";
        List<String> tables = new ArrayList<>();
        try (ResultSet found = connection.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (found.next()) {
                tables.add(found.getString("TABLE_NAME"));
            }
        }
        Map<String, List<String>> rows = new TreeMap<>();
        for (String table : tables) {
            List<String> lines = new ArrayList<>();
            try (var statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("select * from " + schema + ".\"" + table + "\"")) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    var line = new StringBuilder();
                    for (int i = 1; i <= columns; i++) {
                        line.append(result.getMetaData().getColumnLabel(i).toLowerCase(java.util.Locale.ROOT))
                                .append('=')
                                .append(text(result.getObject(i)))
                                .append(';');
                    }
                    lines.add(line.toString());
                }
            }
            lines.sort(null);
            rows.put(table.toLowerCase(java.util.Locale.ROOT), lines);
        }
        return rows;
    }

    private static String text(Object value) throws SQLException {
        if (value instanceof java.sql.Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        if (value instanceof byte[] bytes) {
            return java.util.HexFormat.of().formatHex(bytes);
        }
        return String.valueOf(value);
    }
}
