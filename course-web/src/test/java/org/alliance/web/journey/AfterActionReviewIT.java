package org.alliance.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.alliance.web.account.AccountService;
import org.alliance.web.gradebook.Gradebook;
import org.alliance.web.journey.AxeCheck.Finding;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The after-action review of a branching session, in real Chromium: a student submits "Sure. Whatever you think."
 * with a misstep at the first turn (repaired at the second), opens the review, reads the alliance before and after
 * and the best reply at the misstep, replays from that turn as practice and repairs it, and the grade stays as it
 * was on the review, the debrief, My progress and the instructor's gradebook. The review and the replay are
 * photographed and scanned by axe at desktop width and at 360 px.
 */
class AfterActionReviewIT extends Journey {
    private static final String COURSE = "therapeutic-relationship";
    private static final String VIGNETTE = "v6-diary-withdrawal";
    private static final String PASSWORD = "tide tables on the pier";
    /** The app layout's content area is what scrolls, not the window. */
    private static final String CONTENT =
            "document.querySelector('vaadin-app-layout').shadowRoot.querySelector('[part=content]')";

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_student_reviews_a_misstep_replays_it_as_practice_and_the_grade_stays() {
        String username = "aar-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.register("Noor Haddad", username, PASSWORD);
        browser.signIn(username, PASSWORD);
        browser.enrol(COURSE);

        // The graded session: a misstep (setting up the diary at once), then a repair, then two strong replies.
        browser.open("courses/" + COURSE + "/vignettes/" + VIGNETTE);
        browser.click(By.id("vignette-start"));
        reply("Great, let's set it up.", 1);
        reply("Can I stop us?", 2);
        reply("That makes sense; I'm glad you told me.", 3);
        reply("Good place to start, and your call.", 4);
        browser.waitForUrlEnding("/debrief");
        String debriefScore = browser.waitFor(By.id("debrief-score")).getText();
        assertThat(debriefScore).startsWith("Score ");
        String percent = debriefScore.replaceAll("\\D", "");
        String url = browser.driver().getCurrentUrl();
        String attemptId = url.substring(
                url.indexOf("vignette-attempts/") + "vignette-attempts/".length(), url.lastIndexOf("/debrief"));
        double storedScore = score(attemptId);
        browser.open("progress");
        String standing = browser.waitFor(By.id("standing-" + COURSE)).getText();

        // The review: the meter before and after each turn in words, the best reply at the misstep, the repair named.
        browser.open("vignette-attempts/" + attemptId + "/debrief");
        browser.click(By.id("review-session-link"));
        browser.waitForUrlEnding("/review");
        browser.waitFor(By.id("review-timeline"));
        assertThat(browser.driver().findElements(By.cssSelector("#review-timeline > li")))
                .hasSize(4);
        WebElement misstep = browser.waitFor(By.id("review-turn-1"));
        assertThat(misstep.getText())
                .containsIgnoringCase("misstep")
                .contains("Alliance 50 → 40")
                .contains("The best reply the alliance allowed here")
                .contains("Your voice dropped when I suggested that.");
        assertThat(browser.waitFor(By.id("review-missteps")).getText())
                .contains("repaired at turn 2 by \"Can I stop us?");
        assertThat(browser.waitFor(By.cssSelector("#review-meter-course svg[role=img]"))
                        .getAttribute("aria-label"))
                .contains("Alliance at the start: 50.")
                .contains("After turn 4: 80.");
        assertThat(browser.waitFor(By.id("review-grade")).getText()).contains(percent + " %");
        photographAndScan("aar-review");
        // The misstep's turn, with the best reply the alliance allowed there, at both widths.
        for (int width : new int[] {1280, 360}) {
            browser.resize(width, width < 600 ? 740 : 900);
            browser.waitFor(By.cssSelector("#review-turn-1 .review-best"));
            browser.screenshot("aar-review-misstep-" + width);
        }
        browser.resize(1280, 900);

        // Rewind to the misstep and repair it, as practice.
        browser.click(By.id("replay-from-1"));
        browser.waitFor(By.id("practice-note"));
        assertThat(browser.waitFor(By.id("alliance-meter-label")).getText()).isEqualTo("Alliance: 50 of 100");
        photographAndScan("aar-rewind");
        reply("Your voice dropped when I suggested that.", 1);
        assertThat(browser.waitFor(By.cssSelector(".transcript .turn-feedback")).getText())
                .startsWith("Metacommunication that owns");
        assertThat(browser.waitFor(By.id("alliance-meter-label")).getText()).isEqualTo("Alliance: 70 of 100");
        // At 70 the here-and-now link is on offer: it was hidden at 60 in the graded session.
        reply("I wonder if part of you half expected", 2);
        reply("Good place to start, and your call.", 3);
        WebElement summary = browser.waitFor(By.id("practice-summary"));
        assertThat(summary.getText())
                .contains("This practice ended: The rupture was repaired")
                .contains("Your graded session ended: The rupture was repaired")
                .contains("your grade is unchanged");
        browser.screenshot("aar-rewind-ended-1280");

        // The grade is as it was: on the review, the debrief, My progress, and in the database.
        browser.click(By.id("practice-done"));
        assertThat(browser.waitFor(By.id("review-grade")).getText()).contains(percent + " %");
        browser.open("vignette-attempts/" + attemptId + "/debrief");
        assertThat(browser.waitFor(By.id("debrief-score")).getText()).isEqualTo(debriefScore);
        browser.open("progress");
        assertThat(browser.waitFor(By.id("standing-" + COURSE)).getText()).isEqualTo(standing);
        assertThat(score(attemptId)).isEqualTo(storedScore);
        assertThat(jdbc.sql("select count(*) from vignette_attempt where username = ?")
                        .param(username)
                        .query(Long.class)
                        .single())
                .as("practice never creates an attempt")
                .isEqualTo(1);

        // And in the instructor's gradebook: one attempt at the vignette, with the graded score.
        browser.signOut();
        browser.signIn("instructor", "cedar-desk-lamp-marking");
        browser.open("teaching/" + COURSE + "/gradebook/" + username);
        browser.waitFor(By.tagName("vaadin-grid"));
        browser.waitUntil(() -> cells().contains("Sure. Whatever you think."));
        List<String> cells = cells();
        assertThat(cells.stream().filter("Sure. Whatever you think."::equals)).hasSize(1);
        assertThat(cells).contains(Gradebook.percent(storedScore) + " %");
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

    /** Screenshots and axe at desktop width and at 360 px, where nothing may scroll sideways. */
    private void photographAndScan(String page) {
        for (int width : new int[] {1280, 360}) {
            browser.resize(width, width < 600 ? 740 : 900);
            browser.waitForIdle();
            browser.screenshot(page + "-" + width);
            List<Finding> blocking = AxeCheck.blocking(browser.driver(), page + "-" + width);
            assertThat(blocking)
                    .as(() -> page + " at " + width + " px:\n"
                            + blocking.stream().map(Finding::toString).collect(Collectors.joining("\n")))
                    .isEmpty();
            Object sideways = browser.driver()
                    .executeScript("const c = " + CONTENT + ";"
                            + " return c.scrollWidth > c.clientWidth + 1"
                            + " || document.documentElement.scrollWidth > document.documentElement.clientWidth + 1;");
            assertThat(sideways)
                    .as(page + " scrolls sideways at " + width + " px")
                    .isEqualTo(false);
        }
        browser.resize(1280, 900);
        browser.waitForIdle();
    }

    private double score(String attemptId) {
        return jdbc.sql("select score from vignette_attempt where public_id = ?")
                .param(attemptId)
                .query(Double.class)
                .single();
    }

    private List<String> cells() {
        @SuppressWarnings("unchecked")
        var texts = (List<String>) browser.driver()
                .executeScript("return [...document.querySelectorAll('vaadin-grid-cell-content')]"
                        + ".map(c => c.textContent.trim());");
        return texts;
    }
}
