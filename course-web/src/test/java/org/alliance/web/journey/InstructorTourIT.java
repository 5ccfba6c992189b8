package org.alliance.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The demo instructor's pages in real Chromium: teaching home, a course's tools, versions, preview. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InstructorTourIT {
    private static final String COURSE = "teaching/therapeutic-relationship";
    @LocalServerPort int port;
    Browser browser;

    @BeforeEach
    void start() {
        browser = new Browser(port, 1280, 900);
    }

    @AfterEach
    void stop() {
        browser.close();
    }

    @Test
    void the_demo_instructor_tours_the_teaching_pages() {
        browser.open("login");
        browser.type(By.id("vaadinLoginUsername"), "instructor");
        browser.type(By.id("vaadinLoginPassword"), "alliance-instructor");
        browser.waitFor(By.id("vaadinLoginPassword")).findElement(By.cssSelector("input")).sendKeys(Keys.ENTER);
        browser.waitFor(By.id("home-role"));

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
