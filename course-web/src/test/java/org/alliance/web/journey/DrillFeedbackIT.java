package org.alliance.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.alliance.web.TestUsers;
import org.alliance.web.account.AccountService;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.drill.DrillPractice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The instructors' side of drills in a real browser: a student (through the services) sends a drill response for
 * feedback; the demo instructor finds it in the grading queue's own section, ticks a criterion, writes a comment
 * and sends it; the practice report shows the student. Axe scans and screenshots of the queue, the feedback page
 * and the report, and the feedback page at 360 px; the student's drill page then holds the answer.
 */
class DrillFeedbackIT extends Journey {
    private static final String COURSE = "therapeutic-relationship";
    private static final String DRILL = "d5-process-comment";
    private static final String STUDENT = "drill-fb-it-student";
    private static final String COMMENT = "You named the moment without blame. Next time, pause after saying it.";

    @Autowired
    AccountService accounts;

    @Autowired
    CourseCatalog catalog;

    @Autowired
    DrillPractice practice;

    @AfterEach
    void signOutOfServices() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void an_instructor_answers_a_drill_response_from_the_grading_queue_and_sees_the_practice_report() {
        TestUsers.signIn("drill-fb-it-registrar");
        accounts.register("Dee Drill", STUDENT, "a kingfisher over the weir");
        TestUsers.signIn(STUDENT, "STUDENT");
        catalog.enrol(COURSE, null);
        var turn = practice.start(COURSE, DRILL);
        String tryId = practice.respond(COURSE, DRILL, turn.turnId(), "I notice we both went quiet just then.")
                .tryId();
        practice.requestFeedback(COURSE, DRILL, tryId);
        SecurityContextHolder.clearContext();

        List<String> blocking = new ArrayList<>(InstructorFeedback.signInAndAnswer(browser, COURSE, STUDENT, COMMENT));

        browser.open("teaching/" + COURSE);
        browser.click(By.xpath("//a[contains(., 'Practice in drills')]"));
        browser.waitFor(By.id("practice-" + DRILL));
        browser.waitForText(By.id("practice-" + DRILL), STUDENT);
        browser.waitForIdle();
        browser.screenshot("drill-feedback-03-practice-report");
        AxeCheck.blocking(browser.driver(), "drill-feedback-03-practice-report")
                .forEach(f -> blocking.add("practice report: " + f));

        browser.resize(360, 800);
        browser.open("teaching/" + COURSE + "/feedback/" + tryId);
        browser.waitForText(By.id("drill-feedback-status"), "Answered by");
        browser.waitForIdle();
        browser.screenshot("drill-feedback-04-answer-360");
        AxeCheck.blocking(browser.driver(), "drill-feedback-04-answer-360")
                .forEach(f -> blocking.add("feedback page at 360 px: " + f));
        assertThat((Boolean) browser.driver()
                        .executeScript("return document.documentElement.scrollWidth <= window.innerWidth"))
                .as("no horizontal scrolling at 360 px")
                .isTrue();

        TestUsers.signIn(STUDENT, "STUDENT");
        var answer = practice.page(COURSE, DRILL).orElseThrow().feedback().getFirst();
        assertThat(answer.comment()).isEqualTo(COMMENT);
        assertThat(answer.met()).hasSize(1);
        assertThat(blocking).as(String.join("\n", blocking)).isEmpty();
    }
}
