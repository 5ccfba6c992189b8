package org.alliance.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The demo student enrols in the bundled course, opens it, reads a lesson and marks it done. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EnrolAndReadIT {
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
    void a_student_enrols_reads_a_lesson_and_sees_progress() {
        browser.open("login");
        browser.type(By.id("vaadinLoginUsername"), "student");
        browser.type(By.id("vaadinLoginPassword"), "alliance-student");
        browser.waitFor(By.id("vaadinLoginPassword")).findElement(By.cssSelector("input")).sendKeys(Keys.ENTER);
        browser.waitFor(By.id("home-role"));

        browser.open("courses");
        WebElement card = browser.waitFor(By.id("course-therapeutic-relationship"));
        assertThat(card.getText()).contains("The Therapeutic Relationship").contains("7 lessons");
        browser.screenshot("10-catalogue");
        browser.click(card.findElement(By.tagName("vaadin-button")));

        browser.waitFor(By.id("continue-link"));
        assertThat(browser.waitFor(By.id("course-progress-label")).getText()).isEqualTo("0 of 7 lessons done");
        browser.screenshot("11-course-page");
        browser.click(By.id("continue-link"));

        browser.waitFor(By.id("mark-done"));
        WebElement term = browser.waitFor(By.cssSelector(".prose .term"));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].focus()", term);
        assertThat(browser.waitFor(By.cssSelector(".term:focus + .term-def")).getText()).contains(":");
        browser.screenshot("12-lesson-with-definition");
        browser.click(By.id("mark-done"));
        browser.waitForText(By.id("mark-done"), "Done");

        browser.open("courses/therapeutic-relationship");
        browser.waitForText(By.id("course-progress-label"), "1 of 7 lessons done");
        assertThat(browser.waitFor(By.id("continue-link")).getText()).isEqualTo("Continue where you left off");
        browser.screenshot("13-course-progress");

        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        browser.open("courses/therapeutic-relationship/lessons/l1-what-makes-therapy-work");
        browser.waitFor(By.id("mark-done"));
        browser.screenshot("14-lesson-phone");
    }
}
