package org.alliance.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.alliance.web.persistence.AlsoOnPostgres;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The product as a new student meets it, in real Chromium: register, enrol, read a lesson, answer half a
 * quiz, reload (the answers are still there), submit and review, play a branching vignette to an ending,
 * read the debrief, and see the progress page. Screenshots of each step go to target/screenshots.
 */
@AlsoOnPostgres
class StudentJourneyIT extends Journey {
    private static final String COURSE = "courses/therapeutic-relationship";

    @Test
    void a_new_student_learns_practises_and_sees_progress() {
        browser.register("Lin Okoye", "lin-okoye", "a quiet morning by the sea");
        browser.signIn("lin-okoye", "a quiet morning by the sea");

        browser.open("courses");
        WebElement card = browser.waitFor(By.id("course-therapeutic-relationship"));
        assertThat(card.getText()).contains("10 lessons");
        browser.screenshot("20-catalogue");
        browser.click(card.findElement(By.tagName("vaadin-button")));
        assertThat(browser.waitFor(By.id("course-progress-label")).getText()).isEqualTo("0 of 10 lessons done");
        browser.screenshot("21-course-page");

        browser.click(By.id("continue-link"));
        WebElement term = browser.waitFor(By.cssSelector(".prose .term"));
        browser.driver().executeScript("arguments[0].focus()", term);
        assertThat(browser.waitFor(By.cssSelector(".term:focus + .term-def")).getText())
                .contains(":");
        browser.screenshot("22-lesson");
        browser.click(By.id("mark-done"));
        browser.waitForText(By.id("mark-done"), "Done");

        // The course page's lesson list is one piece of markup (issue 15): its links still navigate in place.
        browser.open(COURSE);
        browser.waitFor(By.cssSelector(".lesson-list .activity-list a")); // also scrolls the list into view
        browser.driver().executeScript("window.allianceMarker = 'same page'");
        browser.screenshot("21b-course-lessons");
        browser.click(By.cssSelector(".activity-list a[href$='/quizzes/q3-facilitative-conditions']"));
        browser.waitFor(By.id("quiz-start"));
        assertThat(browser.driver().executeScript("return window.allianceMarker"))
                .as("the activity link navigates without a page load")
                .isEqualTo("same page");
        browser.click(By.id("quiz-start"));
        browser.waitFor(By.id("quiz-submit"));
        List<String> answered = answerChoiceItems(3);
        browser.screenshot("23-quiz-half-answered");
        browser.driver().navigate().refresh();
        browser.waitFor(By.id("quiz-submit"));
        for (String itemId : answered) {
            WebElement panel = browser.waitFor(By.id(itemId));
            assertThat(panel.findElements(By.cssSelector("vaadin-radio-button[checked]")))
                    .as(itemId)
                    .hasSize(1);
            assertThat(panel.findElement(By.cssSelector(".item-status")).getText())
                    .isEqualTo("Saved earlier.");
        }
        browser.screenshot("24-quiz-after-reload");
        browser.click(By.id("quiz-submit"));
        browser.click(
                browser.waitFor(By.cssSelector("vaadin-confirm-dialog-overlay vaadin-button[slot='confirm-button'],"
                        + " vaadin-button[slot='confirm-button']")));
        assertThat(browser.waitFor(By.id("review-score")).getText()).startsWith("Score ");
        browser.screenshot("25-quiz-review");

        browser.open(COURSE + "/vignettes/v6-diary-withdrawal");
        browser.waitFor(By.cssSelector(".persona-card"));
        browser.screenshot("26-vignette-card");
        browser.click(By.id("vignette-start"));
        int steps = 0;
        while (!browser.driver().getCurrentUrl().endsWith("/debrief") && steps < 10) {
            WebElement replies = browser.waitFor(By.id("vignette-replies"));
            browser.click(
                    replies.findElements(By.tagName("vaadin-radio-button")).getLast());
            if (steps == 0) {
                browser.screenshot("27-vignette-first-node");
            }
            browser.click(By.id("vignette-respond"));
            int taken = ++steps;
            browser.waitUntil(d -> d.getCurrentUrl().endsWith("/debrief")
                    || d.findElements(By.cssSelector(".transcript > li")).size() == taken);
            if (steps == 1 && !browser.driver().getCurrentUrl().endsWith("/debrief")) {
                browser.screenshot("28-vignette-after-first-reply");
            }
        }
        assertThat(browser.waitFor(By.id("debrief-score")).getText()).startsWith("Score ");
        browser.screenshot("29-vignette-debrief");

        browser.open("progress");
        browser.waitFor(By.id("mastery-chart"));
        assertThat(browser.waitFor(By.id("standing-therapeutic-relationship")).getText())
                .contains("Lessons read: 1 of 10");
        browser.screenshot("30-progress");

        browser.click(By.cssSelector(".user-menu vaadin-menu-bar-button"));
        browser.click(By.xpath("//vaadin-menu-bar-item[contains(., 'Appearance')]"));
        browser.click(By.xpath("//vaadin-menu-bar-item[normalize-space(.)='Dark']"));
        browser.waitUntil(d -> "dark"
                .equals(((JavascriptExecutor) d)
                        .executeScript("return document.documentElement.getAttribute('theme')")));
        browser.open("");
        browser.waitFor(By.id("my-courses"));
        browser.screenshot("30-home-dark");
        browser.open(COURSE + "/lessons/l1-what-makes-therapy-work");
        browser.waitFor(By.id("mark-done"));
        browser.screenshot("30-lesson-dark");
        browser.resize(390, 844);
        browser.open("progress");
        browser.waitFor(By.id("mastery-chart"));
        browser.screenshot("31-progress-phone");
    }

    /** Answers the first {@code count} items that are answered with a radio button; returns their panel ids. */
    private List<String> answerChoiceItems(int count) {
        var panels = browser.driver().findElements(By.cssSelector("section.item-panel")).stream()
                .filter(p -> !p.findElements(By.tagName("vaadin-radio-button")).isEmpty())
                .limit(count)
                .toList();
        for (WebElement panel : panels) {
            browser.click(panel.findElements(By.tagName("vaadin-radio-button")).getFirst());
            browser.waitForText(By.cssSelector("#" + panel.getAttribute("id") + " .item-status"), "Saved.");
        }
        return panels.stream().map(p -> p.getAttribute("id")).toList();
    }
}
