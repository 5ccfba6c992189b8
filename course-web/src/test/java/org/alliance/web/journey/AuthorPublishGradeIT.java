package org.alliance.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The instructor's half of the product in real Chromium: create a course in the browser with a lesson, a quiz
 * item, a two-step branching vignette and a free-text vignette; see a validation error and fix it; publish.
 * A student takes it and writes a free-text answer.
 */
class AuthorPublishGradeIT extends Journey {
    @Override
    int[] window() {
        return new int[] {1400, 950};
    }

    @Test
    void an_instructor_authors_and_publishes_a_course_and_a_student_answers_it() {
        browser.signIn("instructor", "cedar-desk-lamp-marking");
        browser.open("teaching");
        browser.click(By.id("new-course"));
        browser.type(By.id("new-course-id"), "journey-course");
        browser.type(By.id("new-course-title"), "Journey course");
        browser.click(By.id("new-course-create"));
        browser.waitForUrlEnding("/teaching/journey-course/edit");
        browser.waitForText(By.id("editor-status"), "No errors");
        browser.screenshot("50-editor-new-course");

        addFile("Quiz", "jq1", "quizzes/jq1.yaml");
        addFile("Branching vignette", "jv1", "vignettes/jv1.yaml");
        addFile("Free-text vignette", "jv2", "vignettes/jv2.yaml");
        browser.screenshot("51-editor-files-added");

        // The quiz item in its form: a blanked question is flagged at the field, and fixed there.
        browser.openEditorFile("quizzes/jq1.yaml");
        WebElement stem = formField("vaadin-text-area", "Question");
        replace(stem.findElement(By.tagName("textarea")), "");
        browser.waitUntil(() -> stem.getDomAttribute("invalid") != null);
        assertThat(stem.getText()).contains("Required: fill this in.");
        browser.waitForText(By.id("editor-status"), "errors to fix");
        browser.screenshot("51a-form-quiz-item-error");
        replace(stem.findElement(By.tagName("textarea")), "Which three parts make up the working alliance?");
        browser.waitUntil(() -> stem.getDomAttribute("invalid") == null);
        browser.screenshot("51b-form-quiz-item-fixed");

        // A second item built in the form from nothing: a true/false item, by keyboard where a user would type.
        browser.click(formField("vaadin-select", "Kind to add"));
        browser.click(By.xpath("//vaadin-select-item[normalize-space(.)='True or false']"));
        browser.click(By.xpath("//div[@id='editor-form']//vaadin-button[normalize-space(.)='Add to Items']"));
        WebElement item =
                browser.waitFor(By.xpath("//div[@id='editor-form']//fieldset[@aria-label='Item i1 · True or false']"));
        replace(
                inItem(item, "vaadin-text-area", "Question").findElement(By.tagName("textarea")),
                "The working alliance is simply the client liking the therapist.");
        browser.click(item.findElement(By.xpath(".//vaadin-radio-button[normalize-space(.)='False']")));
        replace(
                inItem(item, "vaadin-text-area", "Feedback when the student answers true")
                        .findElement(By.tagName("textarea")),
                "Liking helps, but the alliance is also agreement on goals and tasks.");
        replace(
                inItem(item, "vaadin-text-area", "Feedback when the student answers false")
                        .findElement(By.tagName("textarea")),
                "Right: Bordin adds goals and tasks to the bond.");
        choose(inItem(item, "vaadin-multi-select-combo-box", "Objectives"), "l1-o1");
        choose(inItem(item, "vaadin-multi-select-combo-box", "Concepts"), "working-alliance");
        choose(inItem(item, "vaadin-combo-box", "Misconception a wrong answer shows"), "alliance-is-liking");
        browser.waitForIdle();
        browser.waitUntil(() -> item.findElements(By.cssSelector("[invalid]")).isEmpty());
        assertThat(item.findElements(By.cssSelector(".problem-error"))).isEmpty();
        browser.screenshot("51c-form-new-true-false-item");

        // The branching vignette's node list: a choice's feedback edited in place.
        browser.openEditorFile("vignettes/jv1.yaml");
        browser.click(By.xpath("//vaadin-details-summary[contains(., 'Node n1')]"));
        browser.click(By.xpath("//vaadin-details-summary[contains(., 'Choice a')]"));
        WebElement feedback = formField("vaadin-text-area", "Feedback");
        replace(feedback.findElement(By.tagName("textarea")), "This misses the flat tone and moves on.");
        browser.waitForIdle();
        browser.screenshot("51d-form-branching-nodes");

        browser.openEditorFile("lessons/l1-first-lesson.md");
        browser.editAs("Text"); // the whole lesson file, front matter and all, as the bundled courses hold it
        replaceEditorText(lessonWith("jq1, jv1, jv2, jv3-missing"));
        browser.waitForText(By.id("editor-status"), "errors to fix");
        assertThat(browser.waitFor(By.id("editor-problems")).getText())
                .contains("lessons/l1-first-lesson.md")
                .contains("jv3-missing");
        browser.screenshot("52-editor-validation-error");
        replaceEditorText(lessonWith("jq1, jv1, jv2"));
        browser.waitForText(By.id("editor-status"), "No errors");
        browser.screenshot("53-editor-fixed");
        browser.openEditorFile("vignettes/jv1.yaml");
        browser.waitFor(By.cssSelector(".branch-diagram svg"));
        browser.screenshot("53-editor-branch-diagram");
        browser.click(By.id("editor-publish"));
        browser.waitForUrlEnding("/teaching/journey-course");
        browser.screenshot("54-published");
        browser.signOut();

        browser.register("Rosa Vidal", "rosa-vidal", "listening is an act of care");
        browser.signIn("rosa-vidal", "listening is an act of care");
        browser.open("courses");
        browser.click(browser.waitFor(By.id("course-journey-course")).findElement(By.tagName("vaadin-button")));
        browser.waitFor(By.id("continue-link"));
        browser.open("courses/journey-course/vignettes/jv2");
        browser.click(By.id("vignette-start"));
        WebElement reply = browser.waitFor(By.id("free-text-reply")).findElement(By.tagName("textarea"));
        reply.sendKeys("It sounds as if part of you wonders whether coming here is worth it. Shall we look at that?");
        browser.click(browser.waitFor(By.cssSelector(".self-rating vaadin-radio-button")));
        browser.screenshot("55-student-free-text");
        browser.click(By.id("free-text-submit"));
        browser.waitForText(By.id("debrief-score"), "waiting for an instructor");
        browser.screenshot("56-student-awaiting-grade");
        String url = browser.driver().getCurrentUrl();
        String attemptId = url.substring(
                url.indexOf("vignette-attempts/") + "vignette-attempts/".length(), url.lastIndexOf("/debrief"));
        browser.signOut();

        browser.signIn("instructor", "cedar-desk-lamp-marking");
        browser.open("teaching/journey-course/grading");
        browser.click(By.id("grade-" + attemptId));
        browser.click(browser.waitFor(By.id("rate-d1-empathic-accuracy"))
                .findElements(By.tagName("vaadin-radio-button"))
                .get(4));
        browser.click(By.id("grading-save"));
        browser.waitUntil(
                () -> browser.waitFor(By.id("grading-status")).getText().contains("Rated once"));
        browser.waitFor(By.id("release-comment"))
                .findElement(By.cssSelector("textarea"))
                .sendKeys("You named the doubt and invited the client to look at it with you.");
        browser.click(By.id("grading-release"));
        browser.waitUntil(
                () -> browser.waitFor(By.id("grading-status")).getText().contains("Released"));
        browser.screenshot("57-instructor-graded");
        browser.signOut();

        browser.signIn("rosa-vidal", "listening is an act of care");
        browser.open("vignette-attempts/" + attemptId + "/debrief");
        assertThat(browser.waitFor(By.id("debrief-score")).getText()).isEqualTo("Score 100 %.");
        browser.waitFor(By.id("released-grade"));
        browser.screenshot("58-student-sees-grade");
    }

    private void addFile(String kind, String id, String path) {
        browser.click(By.id("editor-add"));
        browser.click(By.id("editor-add-kind"));
        browser.click(By.xpath("//vaadin-select-item[normalize-space(.)='" + kind + "']"));
        browser.type(By.id("editor-add-id"), id);
        browser.click(By.id("editor-add-create"));
        browser.waitForEditorFile(path);
    }

    /** The first field of the open form with this label. */
    private WebElement formField(String tag, String label) {
        return browser.waitFor(
                By.xpath("//div[@id='editor-form']//" + tag + "[label[normalize-space(.)='" + label + "']]"));
    }

    /** A field of a list element by its label. */
    private static WebElement inItem(WebElement item, String tag, String label) {
        return item.findElement(By.xpath(".//" + tag + "[label[normalize-space(.)='" + label + "']]"));
    }

    /** Types an id into a combo box, commits it with Enter and leaves the field with Tab. */
    private void choose(WebElement combo, String id) {
        WebElement input = combo.findElement(By.tagName("input"));
        browser.click(input);
        input.sendKeys(id);
        input.sendKeys(Keys.ENTER);
        browser.waitForIdle();
        input.sendKeys(Keys.TAB);
        browser.waitForIdle();
    }

    /** Replaces a text area's text as a user would: select all, delete, type. */
    private void replace(WebElement area, String text) {
        area.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        area.sendKeys(Keys.DELETE);
        if (!text.isEmpty()) {
            area.sendKeys(text);
        }
    }

    /** Replaces the editor's text as a user would: select all, then type. */
    private void replaceEditorText(String text) {
        replace(browser.waitFor(By.cssSelector("vaadin-text-area.code-editor textarea")), text);
    }

    private static String lessonWith(String activities) {
        return """
                ---
                id: l1-first-lesson
                title: The first lesson
                minutes: 10
                objectives:
                  - id: l1-o1
                    text: Describe the working alliance.
                concepts: [working-alliance]
                activities: [%s]
                ---

                The [[working-alliance]] has three parts [@bordin1979].
                """.formatted(activities);
    }
}
