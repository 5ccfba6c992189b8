package org.alliance.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.alliance.web.account.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Student B cannot open, answer or review student A's attempt by any address, in a second browser session.
 * The service refuses it too (QuizAttemptsTest); this checks the routes a curious student would try.
 */
@BrowserJourney
class AttemptAccessIT {
    private static final String COURSE = "therapeutic-relationship";
    private static final String QUIZ = "q3-facilitative-conditions";
    private static final String PASSWORD = "a kettle singing on the stove";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    Browser alice;
    Browser bob;

    @BeforeEach
    void start() {
        alice = new Browser(port, 1280, 900);
        bob = new Browser(port, 1280, 900);
    }

    @AfterEach
    void stop() {
        alice.close();
        bob.close();
    }

    @Test
    void another_student_sees_not_found_for_every_address_of_an_attempt_that_is_not_theirs() {
        signInFresh(alice, "Alice Owner", "owner");
        alice.enrol(COURSE);
        var aliceQuiz = new QuizPage(alice);
        String attempt = aliceQuiz.start(COURSE, QUIZ);
        var first = aliceQuiz.panels().getFirst();
        aliceQuiz.answer(first);
        aliceQuiz.waitForStatus(first, "Saved.");

        // Bob is enrolled in the same course, so only ownership stands between him and Alice's attempt.
        signInFresh(bob, "Bob Other", "other");
        bob.enrol(COURSE);
        for (String path : addresses(attempt)) {
            assertNotFound(path);
        }
        bob.screenshot("idor-attempt-not-found");

        // Bob's own quiz page lists none of Alice's attempts; starting gives him an attempt of his own.
        bob.open("courses/" + COURSE + "/quizzes/" + QUIZ);
        assertThat(bob.waitFor(By.id("quiz-start")).getText()).isEqualTo("Start the quiz");
        assertThat(bob.driver().findElements(By.tagName("vaadin-grid"))).isEmpty();
        String bobsAttempt = new QuizPage(bob).start(COURSE, QUIZ);
        assertThat(bobsAttempt).isNotEqualTo(attempt);

        // Once submitted, Alice's review stays hers alone as well.
        alice.open("attempts/" + attempt);
        aliceQuiz.submit();
        assertThat(alice.driver().getCurrentUrl()).endsWith("attempts/" + attempt + "/review");
        for (String path : addresses(attempt)) {
            assertNotFound(path);
        }
        alice.open("attempts/" + attempt + "/review");
        alice.waitFor(By.id("review-score"));
    }

    /** The attempt's own addresses and the variants a guess might try. */
    private static List<String> addresses(String attempt) {
        return List.of(
                "attempts/" + attempt,
                "attempts/" + attempt + "/review",
                "attempts/" + attempt + "/",
                "attempts/" + attempt.toUpperCase(Locale.ROOT),
                "attempts/" + attempt + "?attemptId=" + attempt,
                "attempts/%20" + attempt);
    }

    private void assertNotFound(String path) {
        bob.open(path);
        bob.waitFor(By.id("not-found"));
        assertThat(bob.driver().findElements(By.id("quiz-submit"))).as(path).isEmpty();
        assertThat(bob.driver().findElements(By.cssSelector("section.item-panel")))
                .as(path)
                .isEmpty();
        assertThat(bob.driver().findElements(By.id("review-score"))).as(path).isEmpty();
    }

    private void signInFresh(Browser browser, String displayName, String prefix) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.register(displayName, username, PASSWORD);
        browser.signIn(username, PASSWORD);
    }
}
