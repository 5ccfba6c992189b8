package org.alliance.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Idle sign-out in a real browser against the production jar, with the idle timeout cut to 20 s and the warning
 * to 10 s: a student types a free-text reply (kept as a draft) and stops; the warning dialog comes, takes the
 * focus, and Enter on "Stay signed in" keeps the session; then nothing more is done, the warning comes again and
 * the session ends on the sign-in page, which says why. Signed in again, the typed reply is still there.
 */
class IdleSignOutIT {
    private static final String PASSWORD = "a heron waits in the reeds";
    private static final String COURSE = "therapeutic-relationship";
    private static final String VIGNETTE = "v5-write-a-process-comment";
    private static final String REPLY = "It sounds as if you are waiting for me to give up on you.";

    @Test
    void an_idle_student_is_warned_can_stay_then_is_signed_out_and_finds_the_typed_reply_kept() {
        long started = System.nanoTime();
        var database = CrashDatabase.h2();
        try (var app = AppProcess.start(
                        database.environment(),
                        List.of("--alliance.session.idle-timeout=20s", "--alliance.session.idle-warning=10s"),
                        Path.of("target", "idle", "app.log"));
                var browser = new Browser(app.port, 1280, 900)) {
            try {
                journey(browser, started);
            } catch (RuntimeException | AssertionError e) {
                browser.screenshot("failed-IdleSignOutIT");
                throw new AssertionError("failed at " + browser.driver().getCurrentUrl(), e);
            }
        }
    }

    private static void journey(Browser browser, long started) {
        browser.register("Idle Student", "idle-student", PASSWORD);
        browser.signIn("idle-student", PASSWORD);
        browser.enrol(COURSE);
        browser.open("courses/" + COURSE + "/vignettes/" + VIGNETTE);
        browser.click(By.id("vignette-start"));
        WebElement reply = browser.waitFor(By.id("free-text-reply")).findElement(By.cssSelector("textarea"));
        reply.sendKeys(REPLY);
        browser.waitForText(By.id("free-text-draft-status"), "Draft saved");
        String attemptUrl = browser.driver().getCurrentUrl();
        long typed = System.nanoTime();

        // About 10 s after the last key the warning opens as an alert dialog and takes the focus.
        browser.waitFor(By.cssSelector("vaadin-confirm-dialog#idle-warning[opened]"));
        browser.waitUntil(d -> Boolean.TRUE.equals(browser.driver()
                .executeScript("const a = document.activeElement;"
                        + " return !!a && !!a.closest('vaadin-confirm-dialog#idle-warning');")));
        long warnedAfter = seconds(typed);
        assertThat(browser.driver()
                        .executeScript("const d = document.querySelector('vaadin-confirm-dialog#idle-warning');"
                                + " return d.textContent;"))
                .asString()
                .contains("Are you still there?")
                .contains("Stay signed in")
                .contains("Your saved work is kept");
        assertThat(alertDialogRole(browser)).isTrue();
        browser.screenshot("idle-01-warning");
        assertThat(warnedAfter).as("seconds from the last key to the warning").isBetween(7L, 20L);

        // "Stay signed in", by keyboard: Enter goes to whatever has the focus, as a person's key press would.
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        browser.waitUntil(d -> d.findElements(By.cssSelector("vaadin-confirm-dialog#idle-warning[opened]"))
                .isEmpty());
        long stayed = System.nanoTime();

        // Nothing more: the warning comes again, then the session ends on the sign-in page.
        browser.waitFor(By.cssSelector("vaadin-confirm-dialog#idle-warning[opened]"));
        browser.waitForUrlEnding("/login?idle");
        long signedOutAfter = seconds(stayed);
        assertThat(browser.waitFor(By.id("signed-out-idle")).getText())
                .contains("signed out after a period of inactivity")
                .contains("Your saved work is kept");
        browser.screenshot("idle-02-signed-out");
        assertThat(signedOutAfter)
                .as("seconds from Stay signed in to the sign-out")
                .isBetween(18L, 35L);

        browser.signIn("idle-student", PASSWORD);
        browser.driver().get(attemptUrl);
        browser.waitForText(By.id("free-text-draft-status"), "Your saved draft is back");
        assertThat(browser.waitFor(By.id("free-text-reply")).getDomProperty("value"))
                .isEqualTo(REPLY);
        System.out.printf(
                "IdleSignOutIT: warned %d s after the last key, signed out %d s after Stay signed in,"
                        + " %d s in all%n",
                warnedAfter, signedOutAfter, seconds(started));
    }

    private static boolean alertDialogRole(Browser browser) {
        return Boolean.TRUE.equals(browser.driver().executeScript("""
                        const roots = [document];
                        while (roots.length) {
                          const root = roots.pop();
                          if (root.querySelector('[role=alertdialog]')) { return true; }
                          root.querySelectorAll('*').forEach(e => { if (e.shadowRoot) roots.push(e.shadowRoot); });
                        }
                        return false;"""));
    }

    private static long seconds(long since) {
        return (System.nanoTime() - since) / 1_000_000_000L;
    }
}
