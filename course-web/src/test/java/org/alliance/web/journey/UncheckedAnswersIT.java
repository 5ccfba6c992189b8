package org.alliance.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.alliance.web.account.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An interactive quiz's answers chosen but not checked are kept by the server, not the browser: a choice made
 * in one browser is there when the same student opens the attempt in a second, separate browser (its own
 * profile, cookies and storage, so nothing client-side can carry it over); and at Submit the dialog names the
 * unchecked questions and the review scores them as answered.
 */
@BrowserJourney
class UncheckedAnswersIT {
    private static final String COURSE = "therapeutic-relationship";
    private static final String QUIZ = "q1-what-makes-therapy-work";
    private static final String PENDING = "Saved, not checked yet.";
    private static final String PASSWORD = "answers kept on the server";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    Browser first;
    Browser second;

    @AfterEach
    void stop() {
        for (Browser browser : new Browser[] {first, second}) {
            if (browser != null) {
                browser.close();
            }
        }
    }

    @Test
    void a_choice_not_checked_is_there_in_a_new_browser_and_counts_when_the_attempt_is_submitted() {
        String username = "unchecked-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.register("Una Checked", username, PASSWORD);
        first = new Browser(port, 1280, 900);
        first.signIn(username, PASSWORD);
        first.enrol(COURSE);
        QuizPage firstQuiz = new QuizPage(first);
        String attempt = firstQuiz.start(COURSE, QUIZ);

        List<WebElement> panels = firstQuiz.panels();
        int one = firstRadioPanel(panels, 0);
        String oneId = QuizPage.itemId(panels.get(one));
        String chosenOne = firstQuiz.answer(panels.get(one));
        firstQuiz.waitForStatus(panels.get(one), PENDING);
        first.screenshot("unchecked-chosen-first-browser");

        second = new Browser(port, 1280, 900);
        second.signIn(username, PASSWORD);
        second.open("attempts/" + attempt);
        QuizPage secondQuiz = new QuizPage(second);
        List<WebElement> again = secondQuiz.panels();
        WebElement restored = again.get(one);
        assertThat(QuizPage.itemId(restored)).isEqualTo(oneId);
        assertThat(restored.findElements(By.cssSelector("vaadin-radio-button[checked]")))
                .as("the choice made in the other browser")
                .singleElement()
                .satisfies(radio -> assertThat(radio.getText()).isEqualTo(chosenOne));
        secondQuiz.waitForStatus(restored, PENDING);
        assertThat(restored.findElement(By.cssSelector(".item-feedback")).getText())
                .as("never shown as checked")
                .isBlank();
        assertThat(restored.findElement(By.xpath("./vaadin-button")).getDomAttribute("disabled"))
                .isNull();
        second.screenshot("unchecked-restored-second-browser");

        int two = firstRadioPanel(again, one + 1);
        String chosenTwo = secondQuiz.answer(again.get(two));
        secondQuiz.waitForStatus(again.get(two), PENDING);

        second.click(By.id("quiz-submit"));
        WebElement summary = second.waitFor(By.id("quiz-submit-summary"));
        assertThat(summary.getText())
                .contains("Questions with an answer you have not checked: " + (one + 1) + ", " + (two + 1) + ".");
        second.screenshot("unchecked-submit-dialog");
        second.click(By.cssSelector("vaadin-confirm-dialog vaadin-button[slot='confirm-button']"));
        second.waitFor(By.id("review-score"));

        List<WebElement> reviewed = second.driver().findElements(By.cssSelector("section.item-panel"));
        assertThat(reviewed.get(one).getText()).contains("Your answer: " + chosenOne);
        assertThat(reviewed.get(two).getText()).contains("Your answer: " + chosenTwo);
        second.screenshot("unchecked-review");
    }

    /** The index of the first panel from {@code from} on that is answered with a radio button. */
    private static int firstRadioPanel(List<WebElement> panels, int from) {
        for (int i = from; i < panels.size(); i++) {
            if (!panels.get(i)
                    .findElements(By.cssSelector("vaadin-radio-button"))
                    .isEmpty()) {
                return i;
            }
        }
        throw new AssertionError("no radio-button item from " + from);
    }
}
