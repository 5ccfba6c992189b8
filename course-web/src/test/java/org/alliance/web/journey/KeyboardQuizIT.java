package org.alliance.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.function.Predicate;
import org.alliance.web.account.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A quiz taken with the keyboard alone (Tab, Space, arrow keys, typing, Enter), on a desktop and at phone
 * width: start, answer a choice, a true/false, a typed answer and an ordering, hear "Saved." in each item's
 * polite live region, submit through the confirmation dialog; and reply in a branching vignette.
 */
@BrowserJourney
class KeyboardQuizIT {
    private static final String COURSE = "therapeutic-relationship";
    private static final int MAX_TABS = 120;

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    Browser browser;

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {1280, 390})
    void a_student_answers_and_submits_a_quiz_with_the_keyboard_only(int width) {
        browser = new Browser(port, width, width < 600 ? 844 : 900);
        String username = "keys-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.register("Kiri Board", username, "fingers on the home row");
        browser.signIn(username, "fingers on the home row");
        browser.enrol(COURSE);
        assertThat(browser.viewportWidth())
                .as("the page is laid out for this width")
                .isEqualTo(width);

        browser.open("courses/" + COURSE + "/quizzes/q3-facilitative-conditions");
        browser.waitFor(By.id("quiz-start"));
        tabUntil(active -> "quiz-start".equals(active.getAttribute("id")));
        press(Keys.ENTER);
        browser.waitFor(By.id("quiz-submit"));

        // Single choice: Tab into the radio group, Space picks the focused option, an arrow key moves on.
        WebElement choice = panel("q3-i1");
        tabInto(choice);
        press(Keys.SPACE);
        assertLiveRegionSays(choice, "Saved.");
        press(Keys.ARROW_DOWN);
        assertThat(checkedRadios(choice)).isEqualTo(1);

        WebElement trueFalse = panel("q3-i2");
        tabInto(trueFalse);
        press(Keys.SPACE);
        assertLiveRegionSays(trueFalse, "Saved.");

        // A typed answer counts when Enter is pressed.
        WebElement typed = panel("q3-i4");
        tabInto(typed);
        press("congruence");
        press(Keys.ENTER);
        assertLiveRegionSays(typed, "Saved.");

        // Ordering by buttons: the first focusable one is "move down" of the first step.
        WebElement ordering = panel("q3-i7");
        tabInto(ordering);
        String before = firstStep(ordering);
        press(Keys.ENTER);
        assertLiveRegionSays(ordering, "Saved.");
        assertThat(firstStep(ordering)).isNotEqualTo(before);
        browser.screenshot("keyboard-answered-" + width);

        tabUntil(active -> "quiz-submit".equals(active.getAttribute("id")));
        press(Keys.ENTER);
        browser.waitFor(By.cssSelector("vaadin-confirm-dialog[opened]"));
        tabUntil(active -> "confirm-button".equals(active.getAttribute("slot")));
        browser.screenshot("keyboard-confirm-" + width);
        press(Keys.ENTER);
        browser.waitFor(By.id("review-score"));
        browser.screenshot("keyboard-review-" + width);
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {1280, 390})
    void a_student_replies_in_a_branching_vignette_with_the_keyboard_only(int width) {
        browser = new Browser(port, width, width < 600 ? 844 : 900);
        String username = "keys-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.register("Kiri Board", username, "fingers on the home row");
        browser.signIn(username, "fingers on the home row");
        browser.enrol(COURSE);

        browser.open("courses/" + COURSE + "/vignettes/v4-sorry-for-rambling");
        browser.waitFor(By.id("vignette-start"));
        tabUntil(active -> "vignette-start".equals(active.getAttribute("id")));
        press(Keys.ENTER);
        WebElement replies = browser.waitFor(By.id("vignette-replies"));
        tabInto(replies);
        press(Keys.SPACE);
        tabUntil(active -> "vignette-respond".equals(active.getAttribute("id")));
        press(Keys.ENTER);

        // The reply's feedback is announced politely, and focus moves on to what the client says next.
        WebElement announcement = browser.waitFor(By.cssSelector(".transcript .turn-feedback"));
        assertThat(announcement.getText()).isNotBlank();
        WebElement live = browser.driver().findElement(By.id("vignette-announcement"));
        assertThat(live.getAttribute("aria-live")).isEqualTo("polite");
        browser.waitUntil(() -> !live.getAttribute("textContent").isBlank());
        browser.screenshot("keyboard-vignette-" + width);
    }

    private WebElement panel(String itemId) {
        return browser.waitFor(By.id("item-" + itemId));
    }

    private void assertLiveRegionSays(WebElement panel, String text) {
        WebElement status = panel.findElement(By.cssSelector(".item-status"));
        assertThat(status.getAttribute("role")).isEqualTo("status");
        assertThat(status.getAttribute("aria-live")).isEqualTo("polite");
        new QuizPage(browser).waitForStatus(panel, text);
    }

    private long checkedRadios(WebElement panel) {
        return panel.findElements(By.cssSelector("vaadin-radio-button[checked]"))
                .size();
    }

    private String firstStep(WebElement ordering) {
        return ordering.findElement(By.cssSelector("ol.ordering li .step-text")).getText();
    }

    /** Tabs forward until the focus is inside the element. */
    private void tabInto(WebElement element) {
        tabUntil(active ->
                (Boolean) browser.driver.executeScript("return arguments[0].contains(arguments[1])", element, active));
    }

    private void tabUntil(Predicate<WebElement> focused) {
        for (int i = 0; i < MAX_TABS; i++) {
            press(Keys.TAB);
            WebElement active = browser.driver().switchTo().activeElement();
            if (focused.test(active)) {
                return;
            }
        }
        browser.screenshot("keyboard-lost-focus");
        throw new AssertionError("Tab never reached the element; focus is on "
                + browser.driver().switchTo().activeElement().getAttribute("outerHTML"));
    }

    private void press(CharSequence keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }
}
