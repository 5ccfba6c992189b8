package org.alliance.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The demo instructor's pages in real Chromium: teaching home, a course's tools, versions, preview. */
class InstructorTourIT extends Journey {
    private static final String COURSE = "teaching/therapeutic-relationship";

    @Test
    void the_demo_instructor_tours_the_teaching_pages() {
        browser.signIn("instructor", "cedar-desk-lamp-marking");

        browser.open("teaching");
        assertThat(browser.waitFor(By.id("taught-courses")).getText()).contains("The Therapeutic Relationship");
        browser.screenshot("40-teaching-home");
        browser.open(COURSE);
        browser.waitFor(By.id("teaching-tools"));
        browser.screenshot("41-taught-course");
        browser.open(COURSE + "/enrolment");
        browser.waitFor(By.id("offering-save"));
        browser.screenshot("42-enrolment");
        browser.open(COURSE + "/versions");
        browser.waitFor(By.id("version-diff"));
        browser.screenshot("43-versions");
        browser.click(By.id("versions-rescore"));
        browser.waitFor(By.cssSelector("vaadin-confirm-dialog[opened]"));
        browser.waitForIdle();
        assertThat((String) browser.driver()
                        .executeScript("return document.querySelector('vaadin-confirm-dialog[opened]').message"))
                .contains("quiz attempts")
                .contains("vignette attempts");
        browser.screenshot("43b-rescore-preview");
        browser.click(By.cssSelector("vaadin-confirm-dialog vaadin-button[slot='cancel-button']"));
        browser.open(COURSE + "/gradebook");
        browser.waitFor(By.tagName("vaadin-grid"));
        browser.screenshot("44-gradebook");
        browser.open(COURSE + "/analysis");
        browser.waitFor(By.tagName("h1"));
        browser.screenshot("45-analysis");
        browser.open(COURSE + "/preview/quizzes/q1-what-makes-therapy-work");
        browser.waitFor(By.cssSelector("section.item-panel"));
        browser.screenshot("46-quiz-preview");
    }
}
