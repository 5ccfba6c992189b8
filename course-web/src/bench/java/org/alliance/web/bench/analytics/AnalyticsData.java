package org.alliance.web.bench.analytics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.alliance.core.format.CourseReader;
import org.alliance.core.model.Quiz;
import org.alliance.core.scoring.Response;
import org.alliance.core.scoring.attempt.QuizAttemptResult;
import org.alliance.web.assessment.StoredResponses;
import org.alliance.web.catalog.CoursePortability;
import org.alliance.web.catalog.CourseStaff;

/**
 * Generates N students × {@link AnalyticsCourse#ITEMS} items × 2 submitted attempts in the app's own tables:
 * enrolments, attempts pinned to the published version, one committed answer per answered item (in the app's
 * codec) and the attempt score the app's scorer gives those answers. JDBC batches, so 10,000 students take
 * seconds, not the hours the player would. Answers follow a simple response model (ability against item
 * difficulty, a few items that do not discriminate) so the item analysis has real statistics and flags.
 */
final class AnalyticsData {
    static final int ATTEMPTS = 2;
    private static final Instant TERM_START = Instant.parse("2026-09-01T08:00:00Z");
    private static final int BATCH = 2_000;

    private final DataSource dataSource;
    private final CoursePortability portability;
    private final CourseStaff staff;

    AnalyticsData(DataSource dataSource, CoursePortability portability, CourseStaff staff) {
        this.dataSource = dataSource;
        this.portability = portability;
        this.staff = staff;
    }

    static String student(int n) {
        return String.format("ab-s%05d", n);
    }

    /** Imports the course if missing and generates the students' attempts unless already there (the caller teaches). */
    void ensure(int students) throws SQLException {
        if (count("select count(*) from course where id = ?") == 0) {
            var read = CourseReader.fromFiles(AnalyticsCourse.files());
            if (read.course().isEmpty()) {
                throw new IllegalStateException("The generated course does not validate: " + read.errors());
            }
            var result = portability.importZip(zip(AnalyticsCourse.files()));
            if (count("select count(*) from course where id = ?") == 0) {
                throw new IllegalStateException("The generated course was not imported: " + result);
            }
        }
        long enrolled = count("select count(*) from enrolment where course_id = ?");
        if (enrolled == students) {
            System.out.println("Data present: " + students + " students in " + AnalyticsCourse.ID);
            return;
        }
        if (enrolled != 0) {
            throw new IllegalStateException("The database holds " + enrolled + " students, not " + students
                    + ": use a fresh data directory or database for this size");
        }
        long started = System.nanoTime();
        generate(students);
        System.out.printf(
                "Generated %d students × %d items × %d attempts in %.1f s%n",
                students, AnalyticsCourse.ITEMS, ATTEMPTS, (System.nanoTime() - started) / 1e9);
    }

    private void generate(int students) throws SQLException {
        var published = staff.taught(AnalyticsCourse.ID).orElseThrow();
        Quiz quiz = published.course()
                .activity(AnalyticsCourse.QUIZ)
                .map(Quiz.class::cast)
                .orElseThrow();
        var scale = published.course().rubric().scale();
        var random = new Random(42);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long versionId;
            String hash;
            try (var s = c.prepareStatement(
                    "select id, content_hash from course_version where course_id = ? order by id desc")) {
                s.setString(1, AnalyticsCourse.ID);
                try (var rs = s.executeQuery()) {
                    rs.next();
                    versionId = rs.getLong(1);
                    hash = rs.getString(2);
                }
            }
            long nextId;
            try (var s = c.prepareStatement("select coalesce(max(id), 0) + 1 from attempt");
                    var rs = s.executeQuery()) {
                rs.next();
                nextId = rs.getLong(1);
            }
            try (var enrol = c.prepareStatement(
                            "insert into enrolment (course_id, username, enrolled_at) values (?, ?, ?)");
                    var attempt = c.prepareStatement("insert into attempt (id, public_id, username, course_id,"
                            + " version_id, content_hash, activity_id, attempt_no, seed, started_at, deadline,"
                            + " submitted_at, score) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, ?, ?)");
                    var answer = c.prepareStatement("insert into attempt_answer (attempt_id, item_id, try_no,"
                            + " response, answered_at) values (?, ?, 1, ?, ?)")) {
                for (int n = 1; n <= students; n++) {
                    String username = student(n);
                    Instant enrolled = TERM_START.plus(Duration.ofMinutes(n % 5_000));
                    enrol.setString(1, AnalyticsCourse.ID);
                    enrol.setString(2, username);
                    enrol.setObject(3, utc(enrolled));
                    enrol.addBatch();
                    double ability = random.nextGaussian();
                    for (int no = 1; no <= ATTEMPTS; no++) {
                        Instant start = enrolled.plus(Duration.ofDays(7L * no));
                        Instant end = start.plus(Duration.ofMinutes(20 + random.nextInt(20)));
                        var answers = answers(quiz, ability + 0.4 * (no - 1), random);
                        double score = QuizAttemptResult.of(quiz, answers, scale).score();
                        long id = nextId++;
                        attempt.setLong(1, id);
                        attempt.setString(2, UUID.randomUUID().toString());
                        attempt.setString(3, username);
                        attempt.setString(4, AnalyticsCourse.ID);
                        attempt.setLong(5, versionId);
                        attempt.setString(6, hash);
                        attempt.setString(7, AnalyticsCourse.QUIZ);
                        attempt.setInt(8, no);
                        attempt.setLong(9, random.nextLong());
                        attempt.setObject(10, utc(start));
                        attempt.setObject(11, utc(end));
                        attempt.setDouble(12, score);
                        attempt.addBatch();
                        int k = 0;
                        for (var e : answers.entrySet()) {
                            answer.setLong(1, id);
                            answer.setString(2, e.getKey());
                            answer.setString(3, StoredResponses.encode(e.getValue().getFirst()));
                            answer.setObject(4, utc(start.plusSeconds(15L * ++k)));
                            answer.addBatch();
                        }
                    }
                    if (n % (BATCH / ATTEMPTS) == 0 || n == students) {
                        enrol.executeBatch();
                        attempt.executeBatch();
                        answer.executeBatch();
                        c.commit();
                    }
                }
            }
            // Ids were given explicitly; the identity continues after them so the app's own inserts do not collide.
            try (var s = c.createStatement()) {
                s.execute("alter table attempt alter column id restart with " + nextId);
            }
            c.commit();
        }
    }

    /**
     * A student submits once more (a copy of their second attempt, as attempt {@code no}): the course's submitted
     * attempts change, so the next item analysis is computed, not served from its cache.
     */
    void resubmit(int student, int no) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (var insert = c.prepareStatement("insert into attempt (public_id, username, course_id, version_id,"
                            + " content_hash, activity_id, attempt_no, seed, started_at, deadline, submitted_at, score)"
                            + " select ?, username, course_id, version_id, content_hash, activity_id, ?, seed,"
                            + " started_at, deadline, submitted_at, score from attempt"
                            + " where course_id = ? and username = ? and attempt_no = 2");
                    var answers = c.prepareStatement("insert into attempt_answer (attempt_id, item_id, try_no,"
                            + " response, answered_at) select n.id, a.item_id, a.try_no, a.response, a.answered_at"
                            + " from attempt_answer a join attempt o on o.id = a.attempt_id"
                            + " join attempt n on n.username = o.username and n.course_id = o.course_id"
                            + " and n.activity_id = o.activity_id and n.attempt_no = ?"
                            + " where o.course_id = ? and o.username = ? and o.attempt_no = 2")) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setInt(2, no);
                insert.setString(3, AnalyticsCourse.ID);
                insert.setString(4, student(student));
                insert.executeUpdate();
                answers.setInt(1, no);
                answers.setString(2, AnalyticsCourse.ID);
                answers.setString(3, student(student));
                answers.executeUpdate();
            }
            c.commit();
        }
    }

    /** Removes what {@link #resubmit} added, so every run measures the generated data. */
    void removeResubmissions() throws SQLException {
        try (Connection c = dataSource.getConnection();
                var answers = c.prepareStatement("delete from attempt_answer where attempt_id in"
                        + " (select id from attempt where course_id = ? and attempt_no > " + ATTEMPTS + ")");
                var attempts = c.prepareStatement(
                        "delete from attempt where course_id = ? and attempt_no > " + ATTEMPTS)) {
            answers.setString(1, AnalyticsCourse.ID);
            answers.executeUpdate();
            attempts.setString(1, AnalyticsCourse.ID);
            attempts.executeUpdate();
        }
    }

    /** One attempt's answers: right with a logistic chance of ability over the item's difficulty; 2 % left out. */
    private static Map<String, List<Response>> answers(Quiz quiz, double ability, Random random) {
        Map<String, List<Response>> answers = new LinkedHashMap<>();
        int items = quiz.items().size();
        for (int i = 0; i < items; i++) {
            if (random.nextDouble() < 0.02) {
                continue;
            }
            double difficulty = -1.5 + 3.0 * i / Math.max(1, items - 1);
            // Every fifteenth item does not discriminate at all; the item analysis should flag it.
            double slope = i % 15 == 14 ? 0 : 1.2;
            boolean right = random.nextDouble() < 1 / (1 + Math.exp(-slope * (ability - difficulty)));
            Response response;
            if (AnalyticsCourse.singleChoice(i)) {
                String[] wrong = {"a", "c", "d"};
                double pick = random.nextDouble();
                String option = right ? "b" : wrong[pick < 0.5 ? i % 3 : pick < 0.8 ? (i + 1) % 3 : (i + 2) % 3];
                response = new Response.SingleChoiceAnswer(option);
            } else {
                response = new Response.TrueFalseAnswer(right);
            }
            answers.put(quiz.items().get(i).id(), List.of(response));
        }
        return answers;
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, AnalyticsCourse.ID);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static byte[] zip(Map<String, String> files) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(AnalyticsCourse.ID + "/" + file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

}
