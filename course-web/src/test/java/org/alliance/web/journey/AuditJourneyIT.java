package org.alliance.web.journey;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A new author meets the assessment audit in real Chromium: a key written as the longest option is flagged
 * under its field, accepting the warning with a reason marks it as accepted, and after publishing the item
 * analysis page shows the audit beside facility and discrimination.
 */
class AuditJourneyIT extends Journey {
    private static final String KEY =
            "Agreement on goals and tasks, and an emotional bond between client and therapist";
    private static final String WHY = "The full definition is what the item teaches.";

    /** Option a of the new quiz's first item: its fieldset, the details that fold it, and that details' summary. */
    private static final By OPTION_A = By.xpath("//div[@id='editor-form']//fieldset[@aria-label='Option a']");

    private static final By OPTION_A_DETAILS =
            By.xpath("//div[@id='editor-form']//vaadin-details[.//fieldset[@aria-label='Option a']]");
    private static final By OPTION_A_SUMMARY =
            By.xpath("//div[@id='editor-form']//vaadin-details[.//fieldset[@aria-label='Option a']]"
                    + "/vaadin-details-summary");
    /** The option's Text field, where the key's audit warning is shown. */
    private static final By KEY_TEXT = By.xpath(".//vaadin-text-area[label[normalize-space(.)='Text']]");

    @Override
    int[] window() {
        return new int[] {1400, 950};
    }

    @Test
    void an_author_sees_a_longest_key_at_its_field_accepts_it_with_a_reason_and_finds_it_beside_the_statistics() {
        browser.signIn("instructor", "cedar-desk-lamp-marking");
        browser.open("teaching");
        browser.click(By.id("new-course"));
        browser.type(By.id("new-course-id"), "audit-course");
        browser.type(By.id("new-course-title"), "Audit course");
        browser.click(By.id("new-course-create"));
        browser.waitForUrlEnding("/teaching/audit-course/edit");
        browser.click(By.id("editor-add"));
        browser.click(By.id("editor-add-kind"));
        browser.click(By.xpath("//vaadin-select-item[normalize-space(.)='Quiz']"));
        browser.type(By.id("editor-add-id"), "aq1");
        browser.click(By.id("editor-add-create"));
        browser.waitForEditorFile("quizzes/aq1.yaml");

        // A list of two or more options shows each collapsed under its summary: open option a, as an author would.
        browser.click(OPTION_A_SUMMARY);
        WebElement option = browser.waitFor(OPTION_A);
        WebElement key = option.findElement(KEY_TEXT);
        replace(key.findElement(By.tagName("textarea")), KEY);
        browser.waitUntil(() -> key.getText().contains("Warning: The key is the longest option"));
        browser.screenshot("60-audit-warning-at-its-field");

        var accept = browser.driver()
                .findElements(By.xpath("//div[@id='editor-form']"
                        + "//vaadin-multi-select-combo-box[label[normalize-space(.)='Accepted audit warnings']]"));
        WebElement input = accept.getLast().findElement(By.tagName("input"));
        browser.click(input);
        input.sendKeys("key-longest");
        input.sendKeys(Keys.ENTER);
        browser.waitForIdle();
        input.sendKeys(Keys.TAB);
        var why = browser.driver()
                .findElements(By.xpath("//div[@id='editor-form']"
                        + "//vaadin-text-area[label[normalize-space(.)='Why you accept them']]"));
        replace(why.getLast().findElement(By.tagName("textarea")), WHY);
        // The item's form is drawn again from the file once the list of accepted warnings changes, so the key's
        // field is found again (by its place, its text read whether or not its option is open).
        browser.waitUntil(() -> {
            String shown =
                    browser.driver().findElement(OPTION_A).findElement(KEY_TEXT).getAttribute("textContent");
            return shown.contains("Accepted: The key is the longest option") && shown.contains(WHY);
        });
        if (browser.driver().findElement(OPTION_A_DETAILS).getAttribute("opened") == null) {
            browser.click(OPTION_A_SUMMARY);
        }
        browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", browser.waitFor(OPTION_A));
        browser.screenshot("61-audit-warning-accepted");

        browser.openEditorFile("lessons/l1-first-lesson.md");
        browser.editAs("Text");
        replace(browser.waitFor(By.cssSelector("vaadin-text-area.code-editor textarea")), """
                ---
                id: l1-first-lesson
                title: The first lesson
                minutes: 10
                objectives:
                  - id: l1-o1
                    text: Describe the working alliance.
                concepts: [working-alliance]
                activities: [aq1]
                ---

                The [[working-alliance]] has three parts [@bordin1979].
                """);
        browser.waitForText(By.id("editor-status"), "No errors");
        browser.click(By.id("editor-publish"));
        browser.waitForUrlEnding("/teaching/audit-course");

        browser.open("teaching/audit-course/analysis");
        browser.waitUntil(() -> browser.waitFor(By.id("analysis-aq1")).getText().contains("Accepted: " + WHY));
        browser.screenshot("62-analysis-shows-the-audit");
    }

    /** Replaces a text area's text as a user would: select all, delete, type. */
    private static void replace(WebElement area, String text) {
        area.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        area.sendKeys(Keys.DELETE);
        area.sendKeys(text);
    }
}
