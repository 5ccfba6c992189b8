package org.alliance.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.WebElement;

/**
 * Two instances of the production jar on one PostgreSQL behind HAProxy with sticky sessions
 * ({@code deploy/haproxy.cfg}). First, one student in two browsers pinned to different instances starts a quiz in
 * both at once and answers in both: one attempt, every answer kept. Then the instance serving a student is
 * killed in the middle of the quiz; their next page goes to the other instance, they sign in again and find
 * the attempt with every saved answer, and go on. Meanwhile both instances' schedulers fire every job, and the
 * rounds recorded in {@code job_run} are one per period. Needs PostgreSQL ({@code deploy/postgres-for-tests.sh}) and
 * Debian's haproxy: skipped with the reason without them, failed instead when
 * {@code ALLIANCE_REQUIRE_POSTGRES=true} (CI).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FailoverIT {
    private static final String COURSE = "therapeutic-relationship";
    private static final String QUIZ = "q3-facilitative-conditions";
    private static final String PASSWORD = "a heron standing in the shallows";

    private List<AppProcess> apps = List.of();
    private LoadBalancer balancer;
    private CrashDatabase database;

    @BeforeAll
    void startTwoInstancesAndTheBalancer() {
        Requires.postgres();
        Requires.haproxy();
        database = CrashDatabase.postgres();
        // Both start at once, as after a deployment: start-up work must run once, and so must each job's rounds,
        // which begin 5 s after start here (a minute in the app).
        var arguments = new ArrayList<>(database.arguments());
        arguments.add("--alliance.jobs.initial-delay=5s");
        apps = List.of("app1", "app2").stream()
                .map(name -> CompletableFuture.supplyAsync(() -> AppProcess.start(
                        database.environment(), arguments, Path.of("target", "failover", name + ".log"))))
                .toList()
                .stream()
                .map(CompletableFuture::join)
                .toList();
        balancer = LoadBalancer.start(apps.get(0).port, apps.get(1).port, Path.of("target", "failover", "lb.log"));
    }

    @AfterAll
    void stopAll() {
        if (balancer != null) {
            balancer.close();
        }
        apps.forEach(AppProcess::close);
    }

    @Test
    @Order(1)
    void one_student_in_two_browsers_on_two_instances_shares_one_attempt() {
        try (var first = new Browser(balancer.port, 1280, 900);
                var second = new Browser(balancer.port, 1280, 900)) {
            first.register("Two Tabs", "two-tabs", PASSWORD);
            first.signIn("two-tabs", PASSWORD);
            first.enrol(COURSE);
            second.signIn("two-tabs", PASSWORD);
            for (int tries = 0; tries < 4 && node(second).equals(node(first)); tries++) {
                // Round robin gives the next new session the other instance.
                second.driver().manage().deleteAllCookies();
                second.signIn("two-tabs", PASSWORD);
            }
            assertThat(node(second)).as("the two browsers' instances").isNotEqualTo(node(first));
            var firstQuiz = new QuizPage(first);
            var secondQuiz = new QuizPage(second);
            var starts = List.of(
                    CompletableFuture.supplyAsync(() -> firstQuiz.start(COURSE, QUIZ)),
                    CompletableFuture.supplyAsync(() -> secondQuiz.start(COURSE, QUIZ)));
            assertThat(starts.get(0).join())
                    .as("one attempt")
                    .isEqualTo(starts.get(1).join());

            WebElement one = firstQuiz.panels().get(0);
            String chosenFirst = firstQuiz.answer(one);
            firstQuiz.waitForStatusStarting(one, "Saved.");
            WebElement two = secondQuiz.panels().get(1);
            String chosenSecond = secondQuiz.answer(two);
            secondQuiz.waitForStatusStarting(two, "Saved.");

            first.driver().navigate().refresh();
            List<WebElement> panels = firstQuiz.panels();
            assertThat(firstQuiz.shows(panels.get(0), chosenFirst)).isTrue();
            assertThat(firstQuiz.shows(panels.get(1), chosenSecond))
                    .as("the answer given on the other instance")
                    .isTrue();
        }
    }

    @Test
    @Order(2)
    void each_scheduled_job_runs_once_per_period_across_the_two_instances() throws Exception {
        // Both schedulers fire every job; the rounds recorded must be one per period, whoever ran them.
        List<JobRound> expiry = List.of();
        for (int waited = 0; waited < 120 && expiry.size() < 2; waited++) {
            Thread.sleep(1_000);
            expiry = rounds("expire-abandoned-attempts");
        }
        assertThat(expiry).as("rounds of the minutely expiry job").hasSizeGreaterThanOrEqualTo(2);
        for (int i = 1; i < expiry.size(); i++) {
            assertThat(Duration.between(
                            expiry.get(i - 1).started(), expiry.get(i).started()))
                    .as("time between expiry rounds %s and %s", expiry.get(i - 1), expiry.get(i))
                    .isGreaterThanOrEqualTo(Duration.ofSeconds(30));
        }
        assertThat(rounds("purge"))
                .as("rounds of the hourly purge, fired by both instances")
                .hasSize(1);
    }

    private record JobRound(String instance, Instant started) {}

    private List<JobRound> rounds(String job) throws Exception {
        var env = database.environment();
        try (Connection connection = DriverManager.getConnection(
                        env.get("SPRING_DATASOURCE_URL"),
                        env.get("SPRING_DATASOURCE_USERNAME"),
                        env.get("SPRING_DATASOURCE_PASSWORD"));
                PreparedStatement query = connection.prepareStatement(
                        "select instance_id, started_at from job_run where job = ? order by started_at")) {
            query.setString(1, job);
            var found = new ArrayList<JobRound>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(new JobRound(
                            rows.getString(1),
                            rows.getObject(2, OffsetDateTime.class).toInstant()));
                }
            }
            return found;
        }
    }

    @Test
    @Order(3)
    void a_student_whose_instance_dies_signs_in_on_the_other_and_resumes_with_every_saved_answer() {
        try (var browser = new Browser(balancer.port, 1280, 900)) {
            browser.register("Failover Student", "failover-student", PASSWORD);
            browser.signIn("failover-student", PASSWORD);
            browser.enrol(COURSE);
            var quiz = new QuizPage(browser);
            String attempt = quiz.start(COURSE, QUIZ);
            Map<String, String> saved = new LinkedHashMap<>();
            for (WebElement panel : quiz.panels().subList(0, 3)) {
                String chosen = quiz.answer(panel);
                quiz.waitForStatusStarting(panel, "Saved.");
                saved.put(QuizPage.itemId(panel), chosen);
            }
            String before = node(browser);
            browser.screenshot("failover-01-answered-on-" + before);

            apps.get(before.equals("app1") ? 0 : 1).kill();

            // The next page lands on the other instance, which has no session for this browser: sign in again.
            browser.signIn("failover-student", PASSWORD);
            assertThat(node(browser)).isNotEqualTo(before);
            assertThat(quiz.start(COURSE, QUIZ))
                    .as("the same attempt continues")
                    .isEqualTo(attempt);
            var missing = new ArrayList<String>();
            for (WebElement panel : quiz.panels()) {
                String item = QuizPage.itemId(panel);
                if (saved.containsKey(item) && !quiz.shows(panel, saved.get(item))) {
                    missing.add(item);
                }
            }
            assertThat(missing).as("answers saved before the failover").isEmpty();
            WebElement next = quiz.panels().get(3);
            quiz.answer(next);
            quiz.waitForStatusStarting(next, "Saved.");
            browser.screenshot("failover-02-resumed-on-" + node(browser));
        }
    }

    /** The instance HAProxy pinned this browser to, from its sticky cookie. */
    private static String node(Browser browser) {
        var cookie = browser.driver().manage().getCookieNamed("ALLIANCE_NODE");
        assertThat(cookie).as("HAProxy's sticky cookie").isNotNull();
        return cookie.getValue();
    }
}
