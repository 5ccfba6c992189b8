package org.alliance.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.core.grading.ActivityStatus;
import org.alliance.web.TestUsers;
import org.alliance.web.catalog.CourseStaff;
import org.alliance.web.gradebook.LmsGrades;
import org.alliance.web.lti.LtiPlatforms;
import org.alliance.web.lti.platform.LaunchSpec;
import org.alliance.web.lti.platform.TestPlatform;
import org.alliance.web.persistence.AlsoOnPostgres;
import org.alliance.web.persistence.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The launch-to-grade round trip in real Chromium: a test LMS (another site: 127.0.0.1, the app is on localhost)
 * launches a student into a branching vignette through the OIDC login and a signed id_token; the student plays it;
 * the grade the gradebook computes reaches the LMS's line item through the outbox, also after the LMS was down;
 * and an instructor adds a vignette to the LMS course by Deep Linking, whose signed answer the LMS verifies.
 */
@AlsoOnPostgres
class LtiLaunchIT extends Journey {
    static final String COURSE = "therapeutic-relationship";
    static final String VIGNETTE = "v6-diary-withdrawal";

    @Autowired
    LtiPlatforms platforms;

    @Autowired
    CourseStaff staff;

    @Autowired
    LmsGrades grades;

    @Autowired
    List<Job> jobs;

    @Autowired
    JdbcClient jdbc;

    TestPlatform lms;

    @BeforeEach
    void registerTheLms() {
        lms = TestPlatform.start("http://localhost:" + port);
        lms.registerIn(platforms, "Test LMS");
    }

    @AfterEach
    void closeTheLms() {
        lms.unregisterFrom(platforms);
        lms.close();
    }

    @Test
    void a_student_launched_from_the_lms_plays_a_vignette_and_the_lms_receives_the_grade() {
        String sub = "learner-" + UUID.randomUUID();
        String link = "link-" + UUID.randomUUID();
        lms.nextLaunch(LaunchSpec.learner(sub, link, Map.of("alliance_course", COURSE, "alliance_activity", VIGNETTE)));

        browser.driver().get(lms.startUrl("hint-" + sub));
        browser.screenshot("lti-01-lms-page");
        browser.click(By.id("launch"));
        browser.waitForUrlEnding("/courses/" + COURSE + "/vignettes/" + VIGNETTE);
        browser.click(By.id("vignette-start"));
        browser.screenshot("lti-02-launched-into-vignette");
        reply("Great, let's set it up.", 1);
        reply("Can I stop us?", 2);
        reply("That makes sense; I'm glad you told me.", 3);
        reply("Good place to start, and your call.", 4);
        browser.waitForUrlEnding("/debrief");
        browser.screenshot("lti-03-debrief");

        String username = jdbc.sql("select username from lti_user where sub = ?")
                .param(sub)
                .query(String.class)
                .single();
        var status = grades.status(COURSE, username, VIGNETTE).orElseThrow();
        assertThat(status).isInstanceOf(ActivityStatus.Graded.class);
        double expected = Math.round(status.grade().getAsDouble() * 10000) / 100.0;

        // The LMS is down when the grade is first sent: nothing arrives, the grade waits with its error.
        lms.down(true);
        sendGrades();
        assertThat(lms.scores()).noneMatch(s -> sub.equals(s.get("userId")));
        assertThat(jdbc.sql("select count(*) from lti_grade_outbox where sub = ? and sent_at is null and tries = 1")
                        .param(sub)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        // What the teacher reads on the course's LMS page: the LMS's own answer.
        assertThat(jdbc.sql("select last_error from lti_grade_outbox where sub = ?")
                        .param(sub)
                        .query(String.class)
                        .single())
                .contains("503");

        // Up again, and the grade made due (as "send again" does): it arrives once, as the gradebook computes it.
        lms.down(false);
        jdbc.sql("update lti_grade_outbox set next_try_at = created_at where sub = ?")
                .param(sub)
                .update();
        sendGrades();
        var received =
                lms.scores().stream().filter(s -> sub.equals(s.get("userId"))).toList();
        assertThat(received).hasSize(1);
        assertThat(received.getFirst())
                .containsEntry("scoreMaximum", 100.0)
                .containsEntry("activityProgress", "Completed")
                .containsEntry("gradingProgress", "FullyGraded")
                .containsEntry("lineitem", "/lineitems/" + link);
        assertThat(((Number) received.getFirst().get("scoreGiven")).doubleValue())
                .isEqualTo(expected);
        sendGrades();
        assertThat(lms.scores().stream().filter(s -> sub.equals(s.get("userId"))))
                .hasSize(1);
    }

    @Test
    void an_instructor_adds_a_vignette_by_deep_linking_and_the_lms_verifies_the_signed_answer() {
        String sub = "teacher-" + UUID.randomUUID();
        // The first launch makes the instructor's account; an admin then makes it a teacher of the course.
        lms.nextLaunch(LaunchSpec.deepLinking(sub));
        browser.driver().get(lms.startUrl("hint-" + sub));
        browser.click(By.id("launch"));
        browser.waitFor(By.id("lti-deep-link"));
        String username = jdbc.sql("select username from lti_user where sub = ?")
                .param(sub)
                .query(String.class)
                .single();
        TestUsers.signIn("admin", "ADMIN", "INSTRUCTOR");
        try {
            staff.addInstructor(COURSE, username);
        } finally {
            SecurityContextHolder.clearContext();
        }

        lms.nextLaunch(LaunchSpec.deepLinking(sub));
        browser.driver().get(lms.startUrl("hint-" + sub));
        browser.click(By.id("launch"));
        WebElement add = browser.waitFor(
                By.cssSelector("vaadin-button[aria-label='Add Sure. Whatever you think. to your LMS course']"));
        browser.screenshot("lti-04-deep-link-picker");
        assertThat(AxeCheck.blocking(browser.driver(), "lti-deep-link")).isEmpty();
        browser.resize(360, 740);
        browser.waitForIdle();
        assertThat(browser.driver()
                        .executeScript("return document.documentElement.scrollWidth"
                                + " > document.documentElement.clientWidth + 1;"))
                .as("the picker scrolls sideways at 360 px")
                .isEqualTo(false);
        browser.screenshot("lti-04b-deep-link-picker-360");
        browser.resize(1280, 900);
        browser.waitForIdle();
        browser.click(add);
        browser.waitFor(By.id("added"));
        browser.screenshot("lti-05-lms-received-the-link");

        var answers = lms.deepLinkAnswers();
        assertThat(answers).hasSize(1);
        var claims = answers.getFirst().getClaims();
        assertThat(claims)
                .containsEntry("https://purl.imsglobal.org/spec/lti/claim/message_type", "LtiDeepLinkingResponse")
                .containsEntry("https://purl.imsglobal.org/spec/lti-dl/claim/data", "opaque-data-42")
                .containsEntry("https://purl.imsglobal.org/spec/lti/claim/deployment_id", TestPlatform.DEPLOYMENT_ID);
        @SuppressWarnings("unchecked")
        var items =
                (List<Map<String, Object>>) claims.get("https://purl.imsglobal.org/spec/lti-dl/claim/content_items");
        assertThat(items).hasSize(1);
        assertThat(items.getFirst())
                .containsEntry("type", "ltiResourceLink")
                .containsEntry("url", "http://localhost:" + port + "/lti/launch")
                .containsEntry("custom", Map.of("alliance_course", COURSE, "alliance_activity", VIGNETTE));
        @SuppressWarnings("unchecked")
        var lineItem = (Map<String, Object>) items.getFirst().get("lineItem");
        assertThat(lineItem).containsEntry("resourceId", VIGNETTE).containsEntry("scoreMaximum", 100L);
    }

    private void sendGrades() {
        jobs.stream()
                .filter(j -> j.name().equals("lti-grades"))
                .findFirst()
                .orElseThrow()
                .run();
    }

    /** Chooses the reply that begins with {@code text} and waits until the transcript holds {@code turn} turns. */
    private void reply(String text, int turn) {
        WebElement replies = browser.waitFor(By.id("vignette-replies"));
        browser.click(replies.findElement(
                By.xpath(".//vaadin-radio-button[starts-with(normalize-space(.), \"" + text + "\")]")));
        browser.click(By.id("vignette-respond"));
        browser.waitUntil(d -> d.getCurrentUrl().endsWith("/debrief")
                || d.findElements(By.cssSelector(".transcript > li")).size() == turn);
    }
}
