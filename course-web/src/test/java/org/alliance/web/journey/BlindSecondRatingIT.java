package org.alliance.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.web.TestUsers;
import org.alliance.web.account.AccountRole;
import org.alliance.web.account.AccountService;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.catalog.CourseStaff;
import org.alliance.web.grading.Grading;
import org.alliance.web.journey.ResponseRecorder.Recorded;
import org.alliance.web.vignette.VignetteAttempts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A second rater rates blind, and the proof is the traffic, not the screen: every response the server sends to
 * the second rater's browser is recorded, and until they have saved their own rating none of it holds the first
 * rater's comment or username. Once they have saved, the same search finds both, so the search does see them.
 * Screenshot: target/screenshots/blind-second-rater-before-rating.png.
 */
@BrowserJourney
class BlindSecondRatingIT {
    private static final String COURSE = "therapeutic-relationship";
    private static final String VIGNETTE = "v3-reflect-the-feeling";
    private static final String PASSWORD = "a quiet walk by the canal";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    CourseStaff staff;

    @Autowired
    CourseCatalog catalog;

    @Autowired
    VignetteAttempts vignettes;

    @Autowired
    Grading grading;

    @Autowired
    ResponseRecorder recorder;

    Browser browser;

    @BeforeEach
    void start() {
        browser = new Browser(port, 1280, 900);
    }

    @AfterEach
    void stop() {
        recorder.stop();
        browser.close();
        SecurityContextHolder.clearContext();
    }

    /** An instructor account with a password, co-teaching the bundled course. */
    private String coTeacher(String username) {
        accounts.register("Rater " + username, username, PASSWORD);
        TestUsers.signIn("admin", "ADMIN", "INSTRUCTOR");
        accounts.changeRole(username, AccountRole.INSTRUCTOR);
        staff.addInstructor(COURSE, username);
        SecurityContextHolder.clearContext();
        return username;
    }

    @Test
    void the_second_raters_page_traffic_holds_neither_the_first_raters_comment_nor_their_name() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String first = coTeacher("first-rater-" + tag);
        String second = coTeacher("second-rater-" + tag);
        String answerText = "You say you are lucky, and your voice went flat (" + tag + ").";
        TestUsers.signIn("blind-student-" + tag, "STUDENT");
        catalog.enrol(COURSE, null);
        String attempt = vignettes.start(COURSE, VIGNETTE);
        vignettes.submitText(attempt, answerText, Map.of("d1-empathic-accuracy", 4));
        String comment = "Quince-" + tag + ": names the flatness but rushes the guess.";
        TestUsers.signIn(first, "INSTRUCTOR");
        grading.rate(
                COURSE, attempt, Map.of("d1-empathic-accuracy", 2, "d2-warmth", 3, "d6-timing", 2), false, comment);
        SecurityContextHolder.clearContext();

        browser.signIn(second, PASSWORD);
        recorder.start();
        browser.open("teaching/" + COURSE + "/grading/" + attempt);
        browser.waitFor(By.id("grading-blind"));
        browser.waitForIdle();
        browser.waitFor(By.tagName("h1"));
        browser.screenshot("blind-second-rater-before-rating");

        List<Recorded> traffic = recorder.all();
        assertThat(traffic)
                .as("the recorder saw Vaadin's traffic")
                .anyMatch(r -> r.query() != null && r.query().contains("v-r=uidl"));
        assertThat(traffic)
                .as("the recorder saw the answer the page shows")
                .anyMatch(r -> r.body().contains(answerText));
        for (Recorded r : traffic) {
            assertThat(r.body()).as(r.toString()).doesNotContain(comment).doesNotContain(first);
        }
        assertThat(browser.waitFor(By.id("grading-status")).getText()).doesNotContain("%");

        for (String dimension : List.of("d1-empathic-accuracy", "d2-warmth", "d6-timing")) {
            List<WebElement> levels =
                    browser.waitFor(By.id("rate-" + dimension)).findElements(By.tagName("vaadin-radio-button"));
            browser.click(levels.get(2));
        }
        browser.click(By.id("grading-save"));
        browser.waitFor(By.id("grading-ratings"));
        browser.waitForIdle();
        browser.screenshot("blind-second-rater-after-rating");
        assertThat(recorder.all())
                .as("after rating, the same search finds the first rating")
                .anyMatch(r -> r.body().contains(comment))
                .anyMatch(r -> r.body().contains(first));
    }
}
