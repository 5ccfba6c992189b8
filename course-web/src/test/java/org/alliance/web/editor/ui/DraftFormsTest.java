package org.alliance.web.editor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import org.alliance.core.format.CourseReader;
import org.alliance.web.AllianceTest;
import org.alliance.web.editor.Drafts;
import org.alliance.web.editor.FileTemplates;
import org.alliance.web.editor.ui.form.FileForm;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Quizzes and vignettes edited as forms: each change is saved as the file, read by the one reader, and its
 * problems show at the field they concern.
 */
@AllianceTest
class DraftFormsTest extends SpringBrowserlessTest {
    @Autowired
    Drafts drafts;

    private DraftEditorView open(String course, String file) {
        var view = navigate(DraftEditorView.class, Map.of("courseId", course));
        view.files.setValue(file);
        return view;
    }

    /** A new draft with one file added from its template, open in the editor. */
    private DraftEditorView draftWith(String course, FileTemplates.Kind kind, String id) {
        drafts.create(course, course);
        return open(course, drafts.addFile(course, kind, id));
    }

    /** Adds a quiz item of a type through the form's "Kind to add" and "Add to Items". */
    private void addItem(String type) {
        @SuppressWarnings("unchecked")
        Select<Object> kind = find(Select.class).withLabel("Kind to add").first();
        kind.setValue(kind.getListDataView()
                .getItems()
                .filter(k -> k.toString().contains(type))
                .findFirst()
                .orElseThrow());
        test(find(Button.class).withText("Add to Items").single()).click();
    }

    private String saved(String course, String file) {
        return drafts.open(course).orElseThrow().get(file);
    }

    @Test
    @WithMockUser(username = "instructor", roles = "INSTRUCTOR")
    void a_quiz_item_cleared_in_the_form_shows_its_problem_at_the_field_and_is_saved_as_the_file() {
        var view = draftWith("form-quiz", FileTemplates.Kind.QUIZ, "fq1");
        assertThat(find(FileForm.class).from(view.formHolder).exists()).isTrue();
        assertThat(view.editor.isVisible()).isFalse();

        assertThat(find(IntegerField.class).withLabel("Tries per item").single().getHelperText())
                .as("an absent setting says what it defaults to, from course-core")
                .isEqualTo("Default: 1");
        var stem = find(TextArea.class).withLabel("Question").single();
        test(stem).setValue("");
        assertThat(stem.isInvalid()).isTrue();
        assertThat(stem.getErrorMessage()).isEqualTo("Required: fill this in.");
        assertThat(saved("form-quiz", "quizzes/fq1.yaml")).doesNotContain("stem:");
        assertThat(view.publish.isEnabled()).isFalse();

        view.files.setValue("course.yaml");
        Button problem = find(Button.class)
                .from(view.problems)
                .withCondition(b -> b.getText().startsWith("Error: in quizzes/fq1.yaml, line ")
                        && b.getText().contains("Missing required field 'stem'"))
                .single();
        test(problem).click();
        assertThat(view.files.getValue())
                .as("the problem takes the author to its file")
                .isEqualTo("quizzes/fq1.yaml");
        stem = find(TextArea.class).withLabel("Question").single();
        assertThat(stem.isInvalid()).isTrue();

        test(stem).setValue("Which three parts make up the working alliance, in Bordin's account?");
        assertThat(stem.isInvalid()).isFalse();
        assertThat(saved("form-quiz", "quizzes/fq1.yaml"))
                .contains("stem: Which three parts make up the working alliance, in Bordin's account?");
        assertThat(view.publish.isEnabled()).isTrue();
    }

    @Test
    @WithMockUser(username = "instructor", roles = "INSTRUCTOR")
    void an_audit_warning_shows_at_its_field_and_accepting_it_with_a_reason_shows_it_as_accepted() {
        var view = draftWith("form-audit", FileTemplates.Kind.QUIZ, "fk1");
        var optionA =
                find(FieldSet.class).withAttribute("aria-label", "Option a").single();
        TextArea key = find(TextArea.class).withLabel("Text").from(optionA).single();

        test(key).setValue("Agreement on goals and tasks, and an emotional bond between client and therapist");
        assertThat(key.getHelperText()).startsWith("Warning: The key is the longest option");
        assertThat(key.isInvalid()).as("a warning does not block publishing").isFalse();

        @SuppressWarnings("unchecked")
        var accept = (MultiSelectComboBox<String>) find(MultiSelectComboBox.class)
                .withLabel("Accepted audit warnings")
                .all()
                .getLast();
        test(accept).selectItem("key-longest");
        test(find(TextArea.class).withLabel("Why you accept them").all().getLast())
                .setValue("The full definition is what the item teaches.");

        assertThat(key.getHelperText())
                .startsWith("Accepted: The key is the longest option")
                .endsWith("Reason: The full definition is what the item teaches.");
        assertThat(saved("form-audit", "quizzes/fk1.yaml"))
                .contains("audit:", "- key-longest", "why: The full definition is what the item teaches.");
        assertThat(find(ListItem.class)
                        .withClassName("problem-accepted")
                        .from(view.problems)
                        .all())
                .singleElement()
                .satisfies(li -> assertThat(li.getElement().getTextRecursively())
                        .startsWith("Accepted warning: in quizzes/fk1.yaml, line ")
                        .contains("The key is the longest option")
                        .contains("(accepted: "));
    }

    @Test
    @WithMockUser(username = "instructor", roles = "INSTRUCTOR")
    void an_added_true_false_item_names_what_is_missing_until_it_is_filled() {
        draftWith("form-add", FileTemplates.Kind.QUIZ, "fa1");

        addItem("True or false");

        var item = find(FieldSet.class)
                .withAttribute("aria-label", "Item i1 · True or false")
                .single();
        TextArea stem = find(TextArea.class).withLabel("Question").from(item).single();
        assertThat(stem.isInvalid())
                .as("a new item's empty question is named at the field")
                .isTrue();
        assertThat(saved("form-add", "quizzes/fa1.yaml")).contains("type: true_false");

        test(stem).setValue("A rupture always means the therapy is failing.");
        test(find(TextArea.class)
                        .withLabel("Feedback when the student answers true")
                        .from(item)
                        .single())
                .setValue("Ruptures are common; repairing them can strengthen the alliance.");
        test(find(TextArea.class)
                        .withLabel("Feedback when the student answers false")
                        .from(item)
                        .single())
                .setValue("Right: a repaired rupture often deepens the work.");
        @SuppressWarnings("unchecked")
        var objectives = (MultiSelectComboBox<String>) find(MultiSelectComboBox.class)
                .withLabel("Objectives")
                .from(item)
                .single();
        assertThat(objectives.getErrorMessage())
                .as("in the form's words, not the file's 'objectives' key")
                .isEqualTo("Choose at least one objective.");
        test(objectives).selectItem("l1-o1 · Describe the working alliance.");
        @SuppressWarnings("unchecked")
        var concepts = (MultiSelectComboBox<String>)
                find(MultiSelectComboBox.class).withLabel("Concepts").from(item).single();
        test(concepts).selectItem("working-alliance · Working alliance");

        @SuppressWarnings("unchecked")
        ComboBox<String> misconception = find(ComboBox.class)
                .withLabel("Misconception a wrong answer shows")
                .from(item)
                .single();
        assertThat(misconception.isInvalid())
                .as("answering false would show no misconception")
                .isTrue();
        assertThat(misconception.getErrorMessage()).isEqualTo("Choose the misconception this wrong answer shows.");
        test(misconception).selectItem("alliance-is-liking · The alliance is just the client liking the therapist.");
        assertThat(misconception.isInvalid()).isFalse();

        String text = saved("form-add", "quizzes/fa1.yaml");
        assertThat(text).contains("answer: true").contains("l1-o1").contains("working-alliance");
        var read = CourseReader.fromFiles(drafts.open("form-add").orElseThrow());
        assertThat(read.problems())
                .filteredOn(p -> p.file().equals("quizzes/fa1.yaml") && p.isError())
                .isEmpty();
        assertThat(stem.isInvalid()).isFalse();
    }

    @Test
    @WithMockUser(username = "instructor", roles = "INSTRUCTOR")
    void items_move_and_are_removed_only_once_confirmed_and_the_file_follows() {
        draftWith("form-order", FileTemplates.Kind.QUIZ, "fo1");
        addItem("Ordering");
        assertThat(saved("form-order", "quizzes/fo1.yaml")).containsSubsequence("id: fo1-i1", "id: i1");

        test(find(Button.class).withAriaLabel("Move up: Item i1 · Ordering").single())
                .click();
        assertThat(saved("form-order", "quizzes/fo1.yaml")).containsSubsequence("id: i1", "id: fo1-i1");

        test(find(Button.class).withAriaLabel("Remove Item i1 · Ordering").single())
                .click();
        var confirm = find(ConfirmDialog.class).single();
        test(confirm).cancel();
        assertThat(saved("form-order", "quizzes/fo1.yaml")).contains("id: i1");
        test(find(Button.class).withAriaLabel("Remove Item i1 · Ordering").single())
                .click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(saved("form-order", "quizzes/fo1.yaml"))
                .doesNotContain("id: i1")
                .contains("id: fo1-i1");
    }

    @Test
    @WithMockUser(username = "instructor", roles = "INSTRUCTOR")
    void a_branching_choice_that_leads_nowhere_is_flagged_at_its_target_and_fixed_there() {
        draftWith("form-branch", FileTemplates.Kind.BRANCHING_VIGNETTE, "fb1");

        var choice =
                find(FieldSet.class).withAttribute("aria-label", "Choice a").first();
        @SuppressWarnings("unchecked")
        ComboBox<String> next =
                find(ComboBox.class).withLabel("Leads to").from(choice).single();
        assertThat(next.getValue()).isEqualTo("n2");
        next.clear();
        assertThat(next.isInvalid()).isTrue();
        assertThat(find(BranchDiagram.class).exists())
                .as("the branches are drawn while they have errors")
                .isTrue();

        test(next).selectItem("e-repaired · repaired");
        assertThat(next.isInvalid()).isFalse();
        assertThat(saved("form-branch", "vignettes/fb1.yaml")).contains("next: e-repaired");
        var read = CourseReader.fromFiles(drafts.open("form-branch").orElseThrow());
        assertThat(read.problems())
                .filteredOn(p -> p.file().equals("vignettes/fb1.yaml") && p.isError())
                .as("n2 is still reached by choice b")
                .isEmpty();
    }

    @Test
    @WithMockUser(username = "instructor", roles = "INSTRUCTOR")
    void every_bundled_file_with_a_form_opens_clean_and_saving_from_it_keeps_the_course() {
        for (String course : List.of("here-and-now", "therapeutic-relationship")) {
            Map<String, String> before = drafts.open(course).orElseThrow();
            String hash = CourseReader.fromFiles(before).contentHash().orElseThrow();
            var view = navigate(DraftEditorView.class, Map.of("courseId", course));
            int rewritten = 0;
            for (String path :
                    before.keySet().stream().filter(FileForm::hasForm).toList()) {
                view.files.setValue(path);
                FileForm form = find(FileForm.class).from(view.formHolder).single();
                assertThat(find(ListItem.class)
                                .withClassName("problem-error")
                                .from(form)
                                .exists())
                        .as(path)
                        .isFalse();
                assertThat(find(Component.class).from(form).all())
                        .as(path)
                        .noneMatch(c -> c instanceof HasValidation v && v.isInvalid());
                TextField first = find(TextField.class)
                        .withCondition(t -> !t.isReadOnly())
                        .from(form)
                        .first();
                test(first).setValue(first.getValue() + " "); // saved stripped: the same text, the file rewritten
                rewritten += saved(course, path).equals(before.get(path)) ? 0 : 1;
            }
            assertThat(rewritten)
                    .as("files were really written back from their forms")
                    .isPositive();
            assertThat(CourseReader.fromFiles(drafts.open(course).orElseThrow()).contentHash())
                    .contains(hash);
        }
    }

    @Test
    @WithMockUser(username = "instructor", roles = "INSTRUCTOR")
    void a_reference_added_in_the_form_names_its_missing_year_until_it_is_given() {
        drafts.create("form-refs", "Form refs");
        open("form-refs", "references.yaml");

        test(find(Button.class).withText("Add to References").single()).click();
        var added = find(FieldSet.class)
                .withAttribute("aria-label", "Reference (no id yet)")
                .single();
        IntegerField year =
                find(IntegerField.class).withLabel("Year").from(added).single();
        assertThat(year.isInvalid()).isTrue();
        test(find(TextField.class).withLabel("Id").from(added).single()).setValue("safran2000");
        test(find(TextField.class).withLabel("Authors").from(added).single()).setValue("Safran, J. D., & Muran, J. C.");
        test(year).setValue(2000);
        test(find(TextField.class).withLabel("Title").from(added).single())
                .setValue("Negotiating the therapeutic alliance: A relational treatment guide");
        test(find(TextField.class)
                        .withLabel("Source (journal, volume, pages or publisher)")
                        .from(added)
                        .single())
                .setValue("Guilford Press");

        assertThat(year.isInvalid()).isFalse();
        assertThat(saved("form-refs", "references.yaml"))
                .contains("id: safran2000")
                .contains("year: 2000");
        assertThat(CourseReader.fromFiles(drafts.open("form-refs").orElseThrow())
                        .errors())
                .isEmpty();
    }

    @Test
    @WithMockUser(username = "instructor", roles = "INSTRUCTOR")
    void a_cleared_rubric_anchor_is_flagged_at_the_dimension_s_anchors() {
        drafts.create("form-course", "Form course");
        var view = open("form-course", "course.yaml");
        assertThat(find(FileForm.class).from(view.formHolder).exists())
                .as("course.yaml opens as a form")
                .isTrue();

        TextArea level3 = find(TextArea.class).withLabel("Level 3 looks like").single();
        test(level3).setValue("");

        assertThat(saved("form-course", "course.yaml"))
                .doesNotContain("3: Names the obvious feeling")
                .as("groups the form created but nobody filled are not written")
                .doesNotContain("scale")
                .doesNotContain("grading");
        var anchors = find(FieldSet.class)
                .withCondition(f -> "Anchors per level".equals(f.getLegendText()))
                .single();
        assertThat(find(ListItem.class)
                        .withClassName("problem-warning")
                        .from(anchors)
                        .all())
                .extracting(ListItem::getText)
                .singleElement()
                .asString()
                .contains("anchor");
    }

    @Test
    @WithMockUser(username = "instructor", roles = "INSTRUCTOR")
    void a_lesson_s_body_and_front_matter_are_fields_and_raw_html_is_flagged_in_the_body() {
        drafts.create("form-lesson", "Form lesson");
        var view = open("form-lesson", "lessons/l1-first-lesson.md");

        TextArea body =
                find(TextArea.class).withLabelContaining("The lesson (Markdown").single();
        test(body).setValue("A bond matters. <script>alert(1)</script>");
        assertThat(body.isInvalid()).isTrue();
        assertThat(body.getErrorMessage()).containsIgnoringCase("html");
        test(body).setValue("A **bond** matters, and so do agreed goals and tasks [@bordin1979].");
        assertThat(body.isInvalid()).isFalse();
        assertThat(view.preview.getElement().getOuterHTML()).contains("<strong>bond</strong>");

        test(find(TextField.class).withLabel("Title").single()).setValue("Goals, tasks and bond");
        assertThat(saved("form-lesson", "lessons/l1-first-lesson.md"))
                .startsWith("---\n")
                .contains("title: Goals, tasks and bond")
                .contains("A **bond** matters");
        assertThat(CourseReader.fromFiles(drafts.open("form-lesson").orElseThrow())
                        .errors())
                .isEmpty();
    }

    @Test
    @WithMockUser(username = "instructor", roles = "INSTRUCTOR")
    void a_file_that_is_not_yet_yaml_is_shown_as_text_with_a_reason() {
        drafts.create("form-broken", "Form broken");
        drafts.addFile("form-broken", FileTemplates.Kind.QUIZ, "fx1");
        drafts.save("form-broken", "quizzes/fx1.yaml", "id: fx1\ntitle: [unclosed\n");
        var view = open("form-broken", "quizzes/fx1.yaml");

        assertThat(find(Paragraph.class).from(view.formHolder).single().getText())
                .contains("Edit as: Text");
        test(view.asForm).selectItem("Text");
        assertThat(view.editor.isVisible()).isTrue();
        assertThat(view.editor.getValue()).contains("[unclosed");
        assertThat(find(TextField.class).withLabel("Title").exists()).isFalse();
    }
}
