package org.alliance.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.alliance.web.persistence.AlsoOnPostgres;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A free-text answer from writing to grade, in real Chromium: a new student answers the free-text vignette and
 * rates it, the demo instructor (who co-teaches the bundled course) rates and releases it from the grading
 * queue, and the student finds the notice behind the bell and the grade in the debrief. Screenshots go to
 * target/screenshots/grading-*.png.
 */
@AlsoOnPostgres
class GradingIT extends Journey {
    private static final String COURSE = "therapeutic-relationship";
    private static final String STUDENT = "grading-it-student";
    private static final String PASSWORD = "a slow walk along the river";

    @Test
    void a_student_answer_is_graded_released_and_announced() {
        browser.register("Grace Student", STUDENT, PASSWORD);
        browser.signIn(STUDENT, PASSWORD);
        browser.enrol(COURSE);
        browser.open("courses/" + COURSE + "/vignettes/v3-reflect-the-feeling");
        browser.click(By.id("vignette-start"));
        WebElement reply = browser.waitFor(By.id("free-text-reply")).findElement(By.cssSelector("textarea"));
        reply.sendKeys("You are lucky, and you mean it. And your voice went flat just then: is there something"
                + " harder alongside the luck?");
        for (WebElement group : browser.driver().findElements(By.cssSelector("vaadin-radio-group.self-rating"))) {
            browser.click(group.findElements(By.tagName("vaadin-radio-button")).getLast());
        }
        browser.screenshot("grading-01-student-writes");
        browser.click(By.id("free-text-submit"));
        browser.waitForUrlEnding("/debrief");
        String url = browser.driver().getCurrentUrl();
        String attemptId = url.substring(
                url.indexOf("vignette-attempts/") + "vignette-attempts/".length(), url.lastIndexOf("/debrief"));
        shows(By.id("debrief-score"), "waiting for an instructor");

        signOut();
        browser.signIn("instructor", "cedar-desk-lamp-marking");
        browser.open("teaching/" + COURSE + "/grading");
        browser.waitFor(By.id("grading-queue"));
        browser.screenshot("grading-02-queue");
        browser.click(By.id("grade-" + attemptId));
        shows(By.id("grading-status"), "Not yet rated");
        assertThat(browser.waitFor(By.id("grading-self-assessment")).getText()).contains("for context only");
        assertThat(browser.waitFor(By.id("grading-examples")).getText())
                .contains("Level 1")
                .contains("Level 3")
                .contains("Level 5");
        browser.screenshot("grading-03-answer-and-rubric");
        for (String dimension : List.of("d1-empathic-accuracy", "d2-warmth", "d6-timing")) {
            List<WebElement> levels =
                    browser.waitFor(By.id("rate-" + dimension)).findElements(By.tagName("vaadin-radio-button"));
            browser.click(levels.get(3));
        }
        browser.waitFor(By.id("rate-comment"))
                .findElement(By.cssSelector("textarea"))
                .sendKeys("Catches the cue and offers it tentatively.");
        browser.click(By.id("grading-save"));
        shows(By.id("grading-status"), "Rated once");
        browser.waitFor(By.id("release-comment"))
                .findElement(By.cssSelector("textarea"))
                .sendKeys("You noticed the flat voice and checked your guess. Well done.");
        browser.screenshot("grading-04-rated");
        browser.click(By.id("grading-release"));
        shows(By.id("grading-status"), "Status: Released.");
        browser.waitFor(By.id("grading-audit"));
        browser.screenshot("grading-05-released-with-audit");

        signOut();
        browser.signIn(STUDENT, PASSWORD);
        WebElement bell = browser.waitFor(By.id("notice-bell"));
        browser.waitUntil(() ->
                "Notices: 1 unread".equals(browser.waitFor(By.id("notice-bell")).getAttribute("aria-label")));
        browser.screenshot("grading-06-bell");
        browser.click(bell);
        browser.waitFor(By.id("notices"));
        browser.screenshot("grading-07-notices");
        browser.click(By.cssSelector(".notice-open"));
        browser.waitFor(By.id("released-grade"));
        assertThat(browser.waitFor(By.id("debrief-score")).getText()).isEqualTo("Score 75 %.");
        assertThat(browser.waitFor(By.id("released-comment")).getText())
                .isEqualTo("You noticed the flat voice and checked your guess. Well done.");
        browser.waitUntil(() -> "Notices: none unread"
                .equals(browser.waitFor(By.id("notice-bell")).getAttribute("aria-label")));
        browser.screenshot("grading-08-debrief-with-grade");
    }

    /** Waits until the element, scrolled into view (hidden text reads as empty), shows the text. */
    private void shows(By by, String text) {
        browser.waitUntil(() -> browser.waitFor(by).getText().contains(text));
    }

    /** A fresh session: dropping the session cookie is what signing out leaves behind. */
    private void signOut() {
        browser.driver().manage().deleteAllCookies();
        browser.open("login");
        browser.waitFor(By.id("vaadinLoginUsername"));
    }
}
