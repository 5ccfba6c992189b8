package org.alliance.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.alliance.core.model.BranchingVignette;
import org.alliance.core.model.Course;
import org.alliance.core.model.Item;
import org.alliance.core.model.Quiz;
import org.alliance.web.account.AccountService;
import org.alliance.web.journey.QuizSecrets.Secret;
import org.alliance.web.journey.ResponseRecorder.Recorded;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Nothing the student may not see yet reaches the browser: every response body the server sends during a
 * quiz is recorded and searched for the quiz's feedback, rationales, misconceptions, credits and correctness.
 * Looking at the traffic, not the screen, is the point: a hidden element or a client-side check would pass a
 * screen test and still leak the answer to anyone who opens the browser's developer tools.
 */
@BrowserJourney
class NoEarlyRevealIT {
    private static final String COURSE = "therapeutic-relationship";
    /** Words the review uses to say how an answer did, as Vaadin sends a text node's value. */
    private static final List<String> CORRECTNESS = List.of("\"Correct\"", "\"Partly correct\"", "\"Not correct\"");

    private static final Pattern CREDIT_OR_CORRECTNESS = Pattern.compile("\\bcredit\\b|\\bcorrectness\\b");

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    ResponseRecorder recorder;

    Browser browser;
    QuizPage quiz;
    final Course course = QuizSecrets.course(COURSE);

    @BeforeEach
    void start() {
        browser = new Browser(port, 1280, 900);
        quiz = new QuizPage(browser);
        String username = "reveal-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.register("Rena Veal", username, "a quiet walk by the river");
        browser.signIn(username, "a quiet walk by the river");
        browser.enrol(COURSE);
    }

    @AfterEach
    void stop() {
        recorder.stop();
        browser.close();
    }

    @Test
    void a_deferred_quiz_sends_no_feedback_credit_or_correctness_before_submission() {
        var q3 = QuizSecrets.quiz(course, "q3-facilitative-conditions");
        List<Secret> secrets = QuizSecrets.of(course, q3);
        recorder.start();

        quiz.start(COURSE, q3.id());
        List<WebElement> panels = quiz.panels();
        assertThat(panels).hasSize(q3.items().size());
        for (WebElement panel : panels) {
            quiz.answer(panel);
            quiz.waitForStatus(panel, "Saved.");
        }
        browser.screenshot("reveal-deferred-all-answered");

        List<Recorded> traffic = recorder.all();
        assertThat(traffic)
                .as("the recorder saw Vaadin's UIDL traffic")
                .anyMatch(r -> r.query() != null && r.query().contains("v-r=uidl"));
        var stems = q3.items().stream()
                .map(i -> new Secret(i.id(), null, "stem", i.stem()))
                .toList();
        assertThat(QuizSecrets.foundIn(stems, bodies(traffic)))
                .as("the recorder saw what the player shows")
                .hasSameSizeAs(stems);
        assertThat(QuizSecrets.foundIn(secrets, bodies(traffic)))
                .as("secrets sent before submission")
                .isEmpty();
        for (Recorded r : traffic.stream().filter(Recorded::dynamic).toList()) {
            assertThat(r.body()).as(r.toString()).doesNotContain(CORRECTNESS);
            assertThat(CREDIT_OR_CORRECTNESS.matcher(r.body()).find())
                    .as("credit or correctness in " + r)
                    .isFalse();
        }

        // The same search finds feedback once the review may show it: the recorder and matcher do see leaks.
        quiz.submit();
        browser.screenshot("reveal-deferred-review");
        assertThat(QuizSecrets.foundIn(secrets, bodies(recorder.all())))
                .as("feedback and rationales shown in the review")
                .isNotEmpty()
                .allMatch(s -> !s.isId(), "no ids, only texts meant for students");
    }

    @Test
    void an_interactive_quiz_sends_an_items_feedback_only_after_that_item_is_checked() {
        var q1 = QuizSecrets.quiz(course, "q1-what-makes-therapy-work");
        recorder.start();
        quiz.start(COURSE, q1.id());
        List<WebElement> panels = quiz.panels();
        assertThat(panels).hasSize(q1.items().size());

        boolean anyRevealedAfterCheck = false;
        for (int i = 0; i < panels.size(); i++) {
            WebElement panel = panels.get(i);
            String itemId = QuizPage.itemId(panel);
            quiz.answer(panel);
            // Choosing saves the answer unchecked (wait for that reply, so it is searched too) but is not
            // committing: nothing of this item or any later one may have been sent yet.
            quiz.waitForStatus(panel, "Saved, not checked yet.");
            List<Secret> unchecked = panels.subList(i, panels.size()).stream()
                    .flatMap(p -> QuizSecrets.of(course, item(q1, QuizPage.itemId(p))).stream())
                    .toList();
            assertThat(QuizSecrets.foundIn(unchecked, bodies(recorder.all())))
                    .as("sent before " + itemId + " was checked")
                    .isEmpty();

            quiz.check(panel);
            quiz.waitForStatus(panel, "Try 1 of 3 used.");
            var revealed = QuizSecrets.foundIn(QuizSecrets.of(course, item(q1, itemId)), bodies(recorder.all()));
            assertThat(revealed)
                    .as("ids never shown, even after checking " + itemId)
                    .noneMatch(Secret::isId);
            anyRevealedAfterCheck |= !revealed.isEmpty();
        }
        browser.screenshot("reveal-interactive-checked");
        assertThat(anyRevealedAfterCheck)
                .as("checked items do show their feedback")
                .isTrue();
    }

    @Test
    void an_interactive_quiz_sends_nothing_of_an_unchecked_answer_when_saving_or_restoring_it() {
        var q1 = QuizSecrets.quiz(course, "q1-what-makes-therapy-work");
        List<Secret> secrets = QuizSecrets.of(course, q1);
        quiz.start(COURSE, q1.id());
        // From the player on: the quiz's front page says in its rules that an extra try costs credit.
        recorder.start();
        for (WebElement panel : quiz.panels()) {
            quiz.answer(panel);
            quiz.waitForStatus(panel, "Saved, not checked yet.");
        }
        // A reload brings every unchecked answer back from the server: a second channel to search.
        browser.driver().navigate().refresh();
        List<WebElement> restored = quiz.panels();
        assertThat(restored).hasSize(q1.items().size());
        for (WebElement panel : restored) {
            quiz.waitForStatus(panel, "Saved, not checked yet.");
        }
        browser.screenshot("reveal-interactive-unchecked-restored");

        List<Recorded> traffic = recorder.all();
        assertThat(QuizSecrets.foundIn(secrets, bodies(traffic)))
                .as("secrets sent for unchecked answers")
                .isEmpty();
        for (Recorded r : traffic.stream().filter(Recorded::dynamic).toList()) {
            assertThat(r.body()).as(r.toString()).doesNotContain(CORRECTNESS);
            assertThat(CREDIT_OR_CORRECTNESS.matcher(r.body()).find())
                    .as("credit or correctness in " + r)
                    .isFalse();
        }

        // Submitting checks them all; the review then shows feedback, so the search does find what is sent.
        quiz.submit();
        assertThat(QuizSecrets.foundIn(secrets, bodies(recorder.all())))
                .as("feedback shown in the review")
                .isNotEmpty();
    }

    /*
     * Vignettes (courses/{courseId}/vignettes/{vignetteId}, played at vignette-attempts/{id}). A new vignette
     * kind needs a test here in the same shape: record, open, assert QuizSecrets.ofVignette finds nothing,
     * commit one choice, assert only that choice's secrets may have been sent.
     */

    @Test
    void a_branching_vignette_sends_a_replys_feedback_only_once_it_is_chosen_and_never_the_others() {
        var vignette = (BranchingVignette) QuizSecrets.vignette(course, "v4-sorry-for-rambling");
        List<Secret> secrets = QuizSecrets.ofVignette(course, vignette);
        recorder.start();
        browser.open("courses/" + COURSE + "/vignettes/" + vignette.id());
        browser.click(By.id("vignette-start"));
        WebElement replies = browser.waitFor(By.id("vignette-replies"));
        assertThat(QuizSecrets.foundIn(secrets, bodies(recorder.all())))
                .as("sent before any reply")
                .isEmpty();

        WebElement first =
                replies.findElements(By.cssSelector("vaadin-radio-button")).getFirst();
        String chosenText = QuizSecrets.letters(first.getText());
        browser.click(first);
        assertThat(QuizSecrets.foundIn(secrets, bodies(recorder.all())))
                .as("sent on selecting, before replying")
                .isEmpty();
        browser.click(By.id("vignette-respond"));
        browser.waitFor(By.cssSelector(".transcript .turn-feedback"));
        browser.screenshot("reveal-vignette-after-reply");

        var start = vignette.nodes().stream()
                .filter(n -> n.id().equals(vignette.start()))
                .findFirst()
                .orElseThrow();
        var chosen = start.choices().stream()
                .filter(c -> QuizSecrets.letters(c.text()).equals(chosenText))
                .findFirst()
                .orElseThrow();
        var found = QuizSecrets.foundIn(secrets, bodies(recorder.all()));
        assertThat(found)
                .as("the chosen reply's feedback is shown")
                .anyMatch(s -> s.kind().equals("feedback") && chosen.id().equals(s.optionId()));
        assertThat(found)
                .as("only the chosen reply's feedback; no ids, endings or commentary yet")
                .allMatch(s -> s.kind().equals("feedback")
                        && start.id().equals(s.itemId())
                        && chosen.id().equals(s.optionId()));
    }

    @Test
    void a_best_response_vignette_sends_no_rationale_before_the_reply_is_committed() {
        var vignette = QuizSecrets.vignette(course, "v3-empathy-or-sympathy");
        List<Secret> secrets = QuizSecrets.ofVignette(course, vignette);
        recorder.start();
        browser.open("courses/" + COURSE + "/vignettes/" + vignette.id());
        browser.click(By.id("vignette-start"));
        browser.waitFor(By.id("vignette-commit"));
        browser.click(By.cssSelector(".single-response vaadin-radio-button"));
        browser.waitForIdle();
        assertThat(QuizSecrets.foundIn(secrets, bodies(recorder.all())))
                .as("sent before the reply was committed")
                .isEmpty();

        browser.click(By.id("vignette-commit"));
        browser.waitForUrlEnding("/debrief");
        browser.waitForIdle();
        browser.screenshot("reveal-vignette-debrief");
        assertThat(QuizSecrets.foundIn(secrets, bodies(recorder.all())))
                .as("the debrief explains the options")
                .anyMatch(s -> s.kind().equals("rationale"));
    }

    private static Item item(Quiz quiz, String itemId) {
        return quiz.items().stream()
                .filter(i -> i.id().equals(itemId))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> bodies(List<Recorded> traffic) {
        return traffic.stream().map(Recorded::body).toList();
    }
}
