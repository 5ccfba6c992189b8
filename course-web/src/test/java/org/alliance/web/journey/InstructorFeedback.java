package org.alliance.web.journey;

import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The instructor's part of a drill journey: the demo instructor (who co-teaches every bundled course) finds a
 * response sent for feedback in the course's grading queue, ticks the first criterion, writes a comment and sends
 * it. Ends signed in as the instructor, on the feedback page; returns the axe findings that block, per page.
 */
final class InstructorFeedback {
    private static final String INSTRUCTOR = "instructor";
    private static final String PASSWORD = "cedar-desk-lamp-marking";

    private InstructorFeedback() {}

    /**
     * Signs the current user out and answers the oldest open request of the course (the queue lists open ones
     * first, oldest first).
     */
    static List<String> answer(Browser browser, String courseId, String comment) {
        browser.signOut();
        return signInAndAnswer(browser, courseId, null, comment);
    }

    /** Signs the current user out and answers the open request of {@code student}. */
    static List<String> answer(Browser browser, String courseId, String student, String comment) {
        browser.signOut();
        return signInAndAnswer(browser, courseId, student, comment);
    }

    /**
     * Signs in as the instructor and answers the open request of {@code student}, when given (other journeys may
     * have sent their own), else the oldest open one.
     */
    static List<String> signInAndAnswer(Browser browser, String courseId, String student, String comment) {
        List<String> blocking = new ArrayList<>();
        browser.signIn(INSTRUCTOR, PASSWORD);
        browser.open("teaching/" + courseId + "/grading");
        browser.waitFor(By.id("feedback-requests-heading"));
        String link = student == null
                ? "#feedback-requests a.feedback-open"
                : "#feedback-requests a.feedback-open[data-student='" + student + "']";
        browser.waitForIdle();
        blocking.addAll(axe(browser, "drill-feedback-01-queue"));
        browser.click(By.cssSelector(link));

        WebElement met = browser.waitFor(By.id("drill-feedback-met"));
        browser.click(met.findElements(By.tagName("vaadin-checkbox")).getFirst());
        WebElement area = browser.waitFor(By.id("drill-feedback-comment")).findElement(By.cssSelector("textarea"));
        area.sendKeys(comment);
        browser.waitForIdle();
        blocking.addAll(axe(browser, "drill-feedback-02-answer"));
        browser.click(By.id("drill-feedback-send"));
        browser.waitForText(By.id("drill-feedback-status"), "Answered by " + INSTRUCTOR);
        return blocking;
    }

    private static List<String> axe(Browser browser, String name) {
        browser.screenshot(name);
        return AxeCheck.blocking(browser.driver(), name).stream()
                .map(f -> name + ": " + f)
                .toList();
    }
}
