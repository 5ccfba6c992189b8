package org.alliance.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.alliance.web.journey.AxeCheck.Finding;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * A student plays a drill round: answers a statement, ticks the criteria, rates it too easy and meets a harder
 * statement, sends that response for feedback and rates it too hard, and the level moves back down; an
 * instructor answers the request; the student reads the answer; My progress shows the practice log and its chart.
 * Desktop and 360 px screenshots with axe scans on the drill and practice-log pages.
 */
class DrillJourneyIT extends Journey {
    private static final String COURSE = "therapeutic-relationship";
    private static final String DRILL = "d5-process-comment";
    private static final String STUDENT = "drill-it-student";
    private static final String PASSWORD = "a heron waits at the weir";

    private final List<String> blocking = new ArrayList<>();

    @Test
    void a_student_drills_sends_a_response_for_feedback_and_reads_the_answer_and_the_practice_log() {
        browser.register("Dana Drill", STUDENT, PASSWORD);
        browser.signIn(STUDENT, PASSWORD);
        browser.enrol(COURSE);
        browser.open("courses/" + COURSE + "/drills/" + DRILL);
        check("drill-01-start", By.id("drill-start"));
        browser.click(By.id("drill-start"));

        shows(By.id("drill-statement-heading"), "Statement 1 of", "beginner");
        respond("I notice you have said sorry a few times. I wonder what it is like to take up time in here.");
        WebElement firstTry = browser.waitFor(By.cssSelector(".drill-try[data-try='1']"));
        assertThat(firstTry.findElement(By.cssSelector(".drill-examples")).getText())
                .isNotBlank();
        browser.click(firstTry.findElements(By.tagName("vaadin-checkbox")).getFirst());
        check("drill-02-checklist-and-examples", By.id("drill-difficulty"));
        rate(0); // too easy

        shows(By.id("drill-statement-heading"), "Statement 2 of", "intermediate");
        respond("Something shifted when I mentioned your sister. Could we look at what just happened between us?");
        WebElement secondTry = browser.waitFor(By.cssSelector(".drill-try[data-try='1']"));
        browser.click(secondTry.findElement(By.cssSelector(".drill-ask-feedback")));
        browser.waitForText(By.cssSelector(".drill-try .item-status"), "Sent to your instructors");
        rate(2); // too hard

        shows(By.id("drill-statement-heading"), "Statement 3 of", "beginner");
        browser.click(By.id("drill-stop"));
        browser.waitFor(By.id("drill-start"));
        check("drill-03-feedback-waiting", By.id("drill-feedback"));
        assertThat(browser.waitFor(By.id("drill-feedback")).getText()).contains("Waiting for an instructor");

        blocking.addAll(
                InstructorFeedback.answer(browser, COURSE, STUDENT, "Good noticing; say what you saw before asking."));

        browser.signOut();
        browser.signIn(STUDENT, PASSWORD);
        browser.open("courses/" + COURSE + "/drills/" + DRILL);
        shows(By.id("drill-feedback"), "Good noticing; say what you saw before asking.");
        check("drill-04-feedback-answered", By.id("drill-feedback"));

        browser.open("progress");
        shows(By.id("practice-minutes"), "minutes of deliberate practice, 2 statements practised");
        assertThat(browser.waitFor(By.id("practice-chart")).findElements(By.tagName("svg")))
                .isNotEmpty();
        check("drill-05-practice-log", By.id("practice-chart"));

        browser.resize(360, 800);
        browser.open("progress");
        check("drill-06-practice-log-360", By.id("practice-chart"));
        noSidewaysScrolling("the practice log");
        browser.open("courses/" + COURSE + "/drills/" + DRILL);
        browser.click(By.id("drill-start"));
        browser.waitFor(By.id("drill-statement-heading"));
        respond("I notice we both went quiet just now.");
        check("drill-07-round-360", By.id("drill-difficulty"));
        noSidewaysScrolling("the drill round");

        assertThat(blocking).as(String.join("\n", blocking)).isEmpty();
    }

    /** Neither the page nor the layout's content area scrolls sideways (checked at 360 px). */
    private void noSidewaysScrolling(String page) {
        Object sideways = browser.driver()
                .executeScript("const c = document.querySelector('vaadin-app-layout').shadowRoot"
                        + ".querySelector('[part=content]');"
                        + " return c.scrollWidth > c.clientWidth + 1"
                        + " || document.documentElement.scrollWidth > document.documentElement.clientWidth + 1;");
        Object wide = browser.driver()
                .executeScript("return [...document.querySelectorAll('body *')]"
                        + ".filter(e => e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0)"
                        + ".slice(0, 8).map(e => e.tagName + '.' + e.className + ' ' + e.scrollWidth + '>'"
                        + " + e.clientWidth).join('; ')");
        assertThat(sideways)
                .as(page + " scrolls sideways at 360 px; too wide: " + wide)
                .isEqualTo(false);
    }

    private void respond(String text) {
        WebElement area = browser.waitFor(By.id("drill-response")).findElement(By.cssSelector("textarea"));
        area.sendKeys(text);
        browser.click(By.id("drill-send"));
        browser.waitFor(By.cssSelector(".drill-try"));
    }

    /** Chooses a rating by its position (too easy, good challenge, too hard) and moves on. */
    private void rate(int position) {
        List<WebElement> options =
                browser.waitFor(By.id("drill-difficulty")).findElements(By.tagName("vaadin-radio-button"));
        browser.click(options.get(position));
        browser.click(By.id("drill-next"));
    }

    private void shows(By by, String... texts) {
        browser.waitUntil(d -> {
            String text;
            try {
                text = d.findElement(by).getText();
            } catch (StaleElementReferenceException | NoSuchElementException replaced) {
                return false; // the round put the next statement in its place: look again
            }
            for (String t : texts) {
                if (!text.contains(t)) {
                    return false;
                }
            }
            return true;
        });
    }

    private void check(String name, By ready) {
        browser.waitFor(ready);
        browser.waitForIdle();
        browser.screenshot(name);
        for (Finding f : AxeCheck.blocking(browser.driver(), name)) {
            blocking.add(name + ": " + f);
        }
    }
}
