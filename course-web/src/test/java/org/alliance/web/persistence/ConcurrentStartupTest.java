package org.alliance.web.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.alliance.web.AllianceApplication;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Two app instances starting at the same moment on one fresh database (H2 here, PostgreSQL in the postgres
 * execution) both start, and seed once: one of each demo account, bundled course, course version and demo
 * teaching assignment. Without the start-up lock, one of them fails on a unique constraint or both publish.
 * Each instance is a JVM of its own, as in production.
 */
@AlsoOnPostgres
class ConcurrentStartupTest {

    @Test
    void two_instances_starting_together_on_one_database_seed_it_once() throws Exception {
        TestPostgres.Database database = freshDatabase();
        startTogether(settings(database), 2);
        try (var connections =
                new SingleConnectionDataSource(database.url(), database.username(), database.password(), true)) {
            JdbcClient jdbc = JdbcClient.create(connections);
            int bundled =
                    new PathMatchingResourcePatternResolver().getResources("classpath*:courses/*/course.yaml").length;

            assertThat(bundled).isPositive();
            assertThat(counts(jdbc, "select username, count(*) from account group by username"))
                    .containsKeys("student", "instructor", "admin", "library")
                    .allSatisfy((username, copies) ->
                            assertThat(copies).as(username).isOne());
            assertThat(counts(jdbc, "select id, count(*) from course group by id"))
                    .hasSize(bundled)
                    .allSatisfy(
                            (course, copies) -> assertThat(copies).as(course).isOne());
            assertThat(counts(jdbc, "select course_id, count(*) from course_version group by course_id"))
                    .hasSize(bundled)
                    .allSatisfy((course, versions) ->
                            assertThat(versions).as(course).isOne());
            assertThat(counts(
                            jdbc,
                            "select course_id, count(*) from course_instructor where username = 'instructor'"
                                    + " group by course_id"))
                    .hasSize(bundled)
                    .allSatisfy(
                            (course, copies) -> assertThat(copies).as(course).isOne());
            assertThat(counts(jdbc, "select rule_id, count(*) from scoring_rule_upgrade group by rule_id"))
                    .allSatisfy((rule, copies) -> assertThat(copies).as(rule).isOne());
        }
    }

    /**
     * Starts each instance as its own JVM on the test classpath with a random port, both released at once, and
     * waits until each has run its start-up tasks (or failed). Separate processes, as in production: in this JVM a second
     * Vaadin app would take over the process-wide security strategy from the context other tests share.
     */
    private static void startTogether(List<String> args, int instances) throws Exception {
        List<Process> processes = new ArrayList<>();
        List<Path> logs = new ArrayList<>();
        try {
            for (int i = 0; i < instances; i++) {
                Path log = Files.createTempFile("alliance-instance-" + i + "-", ".log");
                logs.add(log);
                List<String> command = new ArrayList<>(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx384m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        AllianceApplication.class.getName(),
                        "--server.port=0",
                        // Scanning only these packages saves a minute per start on a busy machine.
                        "--vaadin.allowed-packages=org.alliance.web,com.vaadin"));
                command.addAll(args);
                processes.add(new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile())
                        .start());
            }
            for (int i = 0; i < instances; i++) {
                awaitStarted(processes.get(i), logs.get(i));
            }
        } finally {
            for (Process process : processes) {
                process.destroy();
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            }
            for (Path log : logs) {
                Files.deleteIfExists(log);
            }
        }
    }

    private static void awaitStarted(Process process, Path log) throws Exception {
        long giveUpAt = System.nanoTime() + TimeUnit.MINUTES.toNanos(8);
        while (System.nanoTime() - giveUpAt < 0) {
            String output = Files.readString(log);
            if (output.contains("Start-up tasks done")) {
                return;
            }
            if (!process.isAlive() || output.contains("Application run failed")) {
                throw new AssertionError("an instance failed to start:\n" + tail(output));
            }
            Thread.sleep(250);
        }
        throw new AssertionError("an instance did not start within 8 minutes:\n" + tail(Files.readString(log)));
    }

    private static String tail(String output) {
        return output.substring(Math.max(0, output.length() - 6000));
    }

    /** A new database: on H2 a file both processes share through H2's automatic server mode. */
    private static TestPostgres.Database freshDatabase() throws IOException {
        if (TestPostgres.selected()) {
            return TestPostgres.freshDatabase();
        }
        Path dir = Files.createTempDirectory("alliance-startup-");
        return new TestPostgres.Database("jdbc:h2:file:" + dir.resolve("alliance") + ";AUTO_SERVER=TRUE", "sa", "");
    }

    /** Command-line settings, which outrank every other source. */
    private static List<String> settings(TestPostgres.Database database) {
        List<String> settings = new ArrayList<>(List.of(
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password()));
        if (TestPostgres.selected()) {
            settings.add("--spring.profiles.active=postgres");
        }
        return settings;
    }

    private static Map<String, Integer> counts(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query((rs, row) -> Map.entry(rs.getString(1), rs.getInt(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
