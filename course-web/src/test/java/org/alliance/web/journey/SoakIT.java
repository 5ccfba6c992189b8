package org.alliance.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Long uptime in compressed time: the production jar on an H2 file with a connection pool that retires
 * connections after 30 s and closes idle ones after 10 s, sessions that expire after a minute, and leak detection
 * at 10 s. In each round a new student signs in, answers, and leaves; then nobody uses the app for longer than a
 * connection lives. Afterwards a write still succeeds, the pool holds no busy connection and nobody waits for one,
 * and the log has no closed database, pool timeout or leaked connection. One round in {@code ./mvn25 verify};
 * {@code -Preliability} sets {@code alliance.soak.rounds}.
 */
class SoakIT {
    private static final int ROUNDS = Integer.getInteger("alliance.soak.rounds", 1);
    private static final int IDLE_MILLIS = 40_000;
    private static final String COURSE = "therapeutic-relationship";
    private static final String QUIZ = "q3-facilitative-conditions";
    private static final String PASSWORD = "a lantern swinging in the orchard";

    @Test
    void after_rounds_of_use_and_idle_time_writes_succeed_and_the_pool_is_clean() throws Exception {
        var database = CrashDatabase.h2();
        Path log = Path.of("target", "soak", "app.log");
        int jmxPort = AppProcess.freePort();
        long started = System.nanoTime();
        try (var app = AppProcess.start(database.environment(), PoolProbe.jvmArguments(jmxPort), arguments(), log)) {
            for (int round = 1; round <= ROUNDS; round++) {
                useAndLeave(app, "soak-" + round);
                Thread.sleep(IDLE_MILLIS);
            }
            useAndLeave(app, "soak-after");
            var pool = PoolProbe.read(jmxPort);
            System.out.printf(
                    "SoakIT: %d rounds in %d s; pool at the end: %s%n",
                    ROUNDS, (System.nanoTime() - started) / 1_000_000_000L, pool);
            assertThat(pool.active()).as("connections still in use").isZero();
            assertThat(pool.waiting()).as("threads waiting for a connection").isZero();
            assertThat(pool.total()).as("connections open").isLessThanOrEqualTo(5);
        }
        String output = Files.readString(log);
        assertThat(output)
                .doesNotContain("has been closed")
                .doesNotContain("Connection is not available")
                .doesNotContain("leak detection")
                .doesNotContainIgnoringCase("Apparent connection leak");
    }

    private static List<String> arguments() {
        return List.of(
                "--spring.datasource.hikari.maximum-pool-size=5",
                "--spring.datasource.hikari.minimum-idle=1",
                "--spring.datasource.hikari.idle-timeout=10000",
                "--spring.datasource.hikari.max-lifetime=30000",
                "--spring.datasource.hikari.keepalive-time=0",
                "--spring.datasource.hikari.leak-detection-threshold=10000",
                "--spring.datasource.hikari.register-mbeans=true",
                "--server.servlet.session.timeout=1m");
    }

    /** A new student signs in, enrols, answers two items (each shown saved) and leaves without signing out. */
    private static void useAndLeave(AppProcess app, String username) {
        try (var browser = new Browser(app.port, 1280, 900)) {
            browser.register("Soak Student", username, PASSWORD);
            browser.signIn(username, PASSWORD);
            browser.enrol(COURSE);
            var quiz = new QuizPage(browser);
            quiz.start(COURSE, QUIZ);
            for (var panel : quiz.panels().subList(0, 2)) {
                quiz.answer(panel);
                quiz.waitForStatusStarting(panel, "Saved.");
            }
        }
    }
}
