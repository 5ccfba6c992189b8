package org.alliance.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.alliance.web.journey.AxeCheck.Finding;
import org.alliance.web.lti.LtiPlatforms;
import org.alliance.web.lti.platform.LaunchSpec;
import org.alliance.web.lti.platform.TestPlatform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The LMS side as its people meet it, in real Chromium: the admin registers an LMS field by field on the LMS
 * connections page; a student arrives from it (which links the LMS course); the teacher pulls the LMS roster into
 * the enrolment (Names and Role Provisioning, with a real service token) and sees a grade the LMS refused, with
 * its error, and sends it again.
 */
class LtiAdminIT extends Journey {
    static final String COURSE = "therapeutic-relationship";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LtiPlatforms platforms;

    TestPlatform lms;

    @BeforeEach
    void startTheLms() {
        lms = TestPlatform.start("http://localhost:" + port);
    }

    @AfterEach
    void closeTheLms() {
        lms.unregisterFrom(platforms);
        lms.close();
    }

    @Test
    void an_admin_registers_an_lms_and_a_teacher_pulls_its_roster_and_resends_a_grade() {
        browser.signIn("admin", "brass-ring-of-keys");
        browser.open("admin/lti");
        browser.waitFor(By.id("lti-platforms"));
        type("Name", "Campus LMS " + lms.base());
        type("Platform ID (issuer)", lms.issuer());
        type("Client ID", TestPlatform.CLIENT_ID);
        browser.waitFor(By.cssSelector("vaadin-text-area textarea")).sendKeys(TestPlatform.DEPLOYMENT_ID);
        type("Authentication request URL", lms.authUrl());
        type("Access token URL", lms.tokenUrl());
        type("Public keyset URL", lms.jwksUrl());
        browser.screenshot("lti-07-register-platform");
        browser.click(By.xpath("//vaadin-button[normalize-space(.)='Save platform']"));
        browser.waitUntil(d -> d.getPageSource().contains(lms.issuer() + "</vaadin-grid-cell-content>")
                || jdbc.sql("select count(*) from lti_platform where issuer = ?")
                                .param(lms.issuer())
                                .query(Integer.class)
                                .single()
                        == 1);
        browser.waitForIdle();
        scan("lti-platforms");
        browser.signOut();

        // A student arrives from the LMS course: the LMS course is now linked, with its roster address.
        String sub = "arriving-" + UUID.randomUUID();
        lms.nextLaunch(LaunchSpec.learner(sub, "link-" + sub, Map.of("alliance_course", COURSE)));
        browser.driver().get(lms.startUrl("hint-" + sub));
        browser.click(By.id("launch"));
        browser.waitForUrlEnding("/courses/" + COURSE);
        browser.signOut();

        String newcomer = "roster-" + UUID.randomUUID();
        lms.addMember(newcomer, "Rosa Roster", LaunchSpec.LEARNER);
        String username = jdbc.sql("select username from lti_user where sub = ?")
                .param(sub)
                .query(String.class)
                .single();
        jdbc.sql("insert into lti_grade_outbox (platform_id, lineitem_url, sub, username, course_id, activity_id,"
                        + " score_given, score_maximum, activity_progress, grading_progress, created_at, tries,"
                        + " next_try_at, last_error) select platform_id, ?, ?, ?, ?, 'v6-diary-withdrawal', 62.5, 100,"
                        + " 'Completed', 'FullyGraded', current_timestamp, 3, current_timestamp + interval '1' hour,"
                        + " '503 Service Unavailable' from lti_user where sub = ?")
                .params(lms.lineItemUrl("link-" + sub), sub, username, COURSE, sub)
                .update();

        browser.signIn("admin", "brass-ring-of-keys");
        browser.open("teaching/" + COURSE + "/lms");
        browser.waitFor(By.id("lti-course"));
        browser.click(By.id("lti-roster"));
        browser.waitForText(By.id("lti-roster-status"), "Students enrolled: 1;");
        String member = jdbc.sql("select username from lti_user where sub = ?")
                .param(newcomer)
                .query(String.class)
                .single();
        assertThat(jdbc.sql("select count(*) from enrolment where course_id = ? and username = ?")
                        .params(COURSE, member)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(browser.driver().getPageSource()).contains("503 Service Unavailable");
        browser.screenshot("lti-08-course-lms-page");
        scan("lti-course");
        browser.resize(360, 740);
        browser.waitForIdle();
        browser.screenshot("lti-09-course-lms-page-360");
        assertThat(scrollsSideways())
                .as("the LMS page scrolls sideways at 360 px")
                .isFalse();
        scan("lti-course-360");
        browser.resize(1280, 900);
        browser.waitForIdle();
        browser.click(By.id("lti-resend"));
        browser.waitForText(By.id("lti-resend-status"), "Grades to be sent within a minute: ");
        assertThat(jdbc.sql("select count(*) from lti_grade_outbox where sub = ? and next_try_at <= current_timestamp")
                        .param(sub)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    /** The app layout's content area is what scrolls, not the window. */
    private boolean scrollsSideways() {
        return Boolean.TRUE.equals(browser.driver()
                .executeScript("const c = document.querySelector('vaadin-app-layout').shadowRoot"
                        + ".querySelector('[part=content]');"
                        + " return c.scrollWidth > c.clientWidth + 1"
                        + " || document.documentElement.scrollWidth > document.documentElement.clientWidth + 1;"));
    }

    private void type(String label, String text) {
        var field =
                browser.waitFor(By.xpath("//vaadin-text-field[./label[normalize-space(.)='" + label + "']]//input"));
        field.sendKeys(text, Keys.TAB);
    }

    private void scan(String page) {
        List<Finding> blocking = AxeCheck.blocking(browser.driver(), page);
        assertThat(blocking)
                .as(() -> blocking.stream().map(Finding::toString).collect(Collectors.joining("\n")))
                .isEmpty();
    }
}
