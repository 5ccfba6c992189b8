package org.alliance.web.journey;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;

/** The quiz player as a student's mouse and keyboard meet it: start, answer each kind of item, submit. */
final class QuizPage {
    private final Browser browser;

    QuizPage(Browser browser) {
        this.browser = browser;
    }

    /** Opens the quiz's front page, starts (or continues) an attempt; returns the attempt's public id. */
    String start(String courseId, String quizId) {
        browser.open("courses/" + courseId + "/quizzes/" + quizId);
        browser.click(By.id("quiz-start"));
        browser.waitFor(By.id("quiz-submit"));
        String url = browser.driver().getCurrentUrl();
        return url.substring(url.indexOf("/attempts/") + "/attempts/".length());
    }

    List<WebElement> panels() {
        browser.waitFor(By.cssSelector("section.item-panel"));
        return browser.driver().findElements(By.cssSelector("section.item-panel"));
    }

    /** The item id behind a panel ("item-q3-i1" is q3-i1). */
    static String itemId(WebElement panel) {
        return panel.getAttribute("id").substring("item-".length());
    }

    /**
     * Gives some answer to the item with the mouse: the first option, a typed word, the first match for
     * every prompt, or one step moved down. Returns the visible text of what was chosen, when it was an option.
     */
    String answer(WebElement panel) {
        // The previous item's feedback may still be arriving; it moves this item down the page, and a click
        // aimed while the page moves can land beside the option.
        browser.waitForIdle();
        var radios = panel.findElements(By.cssSelector("vaadin-radio-button"));
        if (!radios.isEmpty()) {
            choose(radios.getFirst());
            return radios.getFirst().getText();
        }
        var boxes = panel.findElements(By.cssSelector("vaadin-checkbox"));
        if (!boxes.isEmpty()) {
            choose(boxes.getFirst());
            return boxes.getFirst().getText();
        }
        var selects = panel.findElements(By.cssSelector("vaadin-select"));
        if (!selects.isEmpty()) {
            for (WebElement select : selects) {
                browser.click(select);
                // The opened select moves focus to its first item (asynchronously); Enter then picks it.
                browser.waitUntil(() -> "vaadin-select-item"
                        .equalsIgnoreCase(
                                browser.driver().switchTo().activeElement().getTagName()));
                browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
                browser.waitUntil(() -> !"true".equals(select.getDomProperty("opened")) && hasValue(select));
            }
            return "";
        }
        var fields = panel.findElements(By.cssSelector("vaadin-text-field input"));
        if (!fields.isEmpty()) {
            browser.click(fields.getFirst());
            fields.getFirst().sendKeys("warmth", Keys.ENTER);
            return "";
        }
        var moveButtons = panel.findElements(By.cssSelector("ol.ordering vaadin-button:not([disabled])"));
        browser.click(moveButtons.getFirst());
        return "";
    }

    /**
     * Clicks an option's label, which toggles its input as a user's click does, not the middle of its row: a CI
     * run showed a click on the row leaving a checkbox unchecked. Then waits until the option shows as chosen.
     */
    private void choose(WebElement option) {
        browser.click(option.findElement(By.tagName("label")));
        browser.waitUntil(() -> option.getDomAttribute("checked") != null);
    }

    private static boolean hasValue(WebElement select) {
        String value = select.getDomProperty("value");
        return value != null && !value.isEmpty();
    }

    /** Presses the item's Check button (interactive quizzes). */
    void check(WebElement panel) {
        browser.waitForIdle(); // the answer has reached the server before Check is pressed
        browser.click(panel.findElement(By.xpath("./vaadin-button")));
    }

    /** Waits until the item's polite status line reads the given text. */
    void waitForStatus(WebElement panel, String text) {
        try {
            browser.waitUntil(() -> status(panel).equals(text));
        } catch (TimeoutException e) {
            // Say what the line did read, so a failure in CI can be told apart from a slow machine.
            throw new AssertionError(
                    "status of " + panel.getAttribute("id") + " reads \"" + status(panel) + "\", expected \"" + text
                            + "\"",
                    e);
        }
    }

    /** Waits until the item's status line begins with the text ("Saved." also covers "Saved. Some parts..."). */
    void waitForStatusStarting(WebElement panel, String text) {
        browser.waitUntil(() -> status(panel).startsWith(text));
    }

    /**
     * Whether a panel, as loaded, shows an answer as saved and, where the answer was an option, that option
     * chosen.
     */
    boolean shows(WebElement panel, String chosenOption) {
        if (!status(panel).startsWith("Saved")) {
            return false;
        }
        if (chosenOption.isEmpty()) {
            return true;
        }
        return panel.findElements(By.cssSelector("vaadin-radio-button[checked], vaadin-checkbox[checked]")).stream()
                .anyMatch(option -> option.getText().equals(chosenOption));
    }

    private static String status(WebElement panel) {
        return panel.findElement(By.cssSelector(".item-status")).getText().strip();
    }

    /** Submits through the confirmation dialog and waits for the review. */
    void submit() {
        browser.click(By.id("quiz-submit"));
        browser.click(By.cssSelector("vaadin-confirm-dialog vaadin-button[slot='confirm-button']"));
        browser.waitFor(By.id("review-score"));
    }
}
