package org.alliance.web.editor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.FocusNotifier;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alliance.core.format.CourseReader;
import org.alliance.core.format.YamlTree;
import org.alliance.core.validation.Problem;
import org.alliance.core.validation.ProblemCode;
import org.alliance.web.AllianceTest;
import org.alliance.web.editor.Drafts;
import org.alliance.web.editor.FileTemplates;
import org.alliance.web.editor.ui.form.FileForm;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Drills edited as a form: one key changes per field, and each of the validator's drill problems shows at its field. */
@AllianceTest
class DrillFormTest extends SpringBrowserlessTest {
    private static final String BUNDLED = "therapeutic-relationship";
    private static final String DRILL = "drills/d3-reflect-the-feeling.yaml";

    @Autowired
    Drafts drafts;

    private DraftEditorView open(String course, String file) {
        var view = navigate(DraftEditorView.class, Map.of("courseId", course));
        view.files.setValue(file);
        return view;
    }

    private String saved(String course, String file) {
        return drafts.open(course).orElseThrow().get(file);
    }

    private FieldSet statement(String id) {
        return find(FieldSet.class)
                .withAttribute("aria-label", "Statement " + id)
                .single();
    }

    @Test
    @WithMockUser(username = "instructor", roles = "INSTRUCTOR")
    void a_bundled_drill_opens_as_a_form_and_an_edit_changes_only_its_key() {
        String original = drafts.open(BUNDLED).orElseThrow().get(DRILL);
        assertThat(original).as("the bundled course has the drill").isNotNull();
        try {
            var view = open(BUNDLED, DRILL);
            FileForm form = find(FileForm.class).from(view.formHolder).single();
            assertThat(view.editor.isVisible())
                    .as("drills open as a form, not as text")
                    .isFalse();
            assertThat(find(Component.class).from(form).all())
                    .noneMatch(c -> c instanceof HasValidation v && v.isInvalid());
            assertThat(find(TextArea.class)
                            .withLabelContaining("The skill")
                            .single()
                            .getValue())
                    .startsWith("Put the feeling under the client's words");
            @SuppressWarnings("unchecked")
            CheckboxGroup<String> hints =
                    find(CheckboxGroup.class).withLabel("Automatic hints").single();
            assertThat(hints.getValue()).containsExactlyInAnyOrder("question", "advice", "reassurance");
            assertThat(hints.getListDataView().getItems().map(hints.getItemLabelGenerator()))
                    .as("each hint is named in words")
                    .allMatch(label -> label.contains(": ") && !label.contains("!{"));
            assertThat(find(TextField.class)
                            .withLabel("The client’s tone")
                            .from(statement("b1"))
                            .single()
                            .getValue())
                    .isEqualTo("quiet, deflated");

            test(find(TextField.class).withLabel("Title").single()).setValue("Naming the feeling under the words");

            Map<Object, Object> before = YamlTree.load(original).orElseThrow();
            Map<Object, Object> after = YamlTree.load(saved(BUNDLED, DRILL)).orElseThrow();
            assertThat(after.get("title")).isEqualTo("Naming the feeling under the words");
            assertThat(withoutTitle(after)).as("every other key kept as it was").isEqualTo(withoutTitle(before));
            assertThat(List.copyOf(after.keySet())).as("in the same order").isEqualTo(List.copyOf(before.keySet()));
        } finally {
            drafts.save(BUNDLED, DRILL, original); // the bundled draft is shared with other tests
        }
    }

    private static Map<Object, Object> withoutTitle(Map<Object, Object> tree) {
        var copy = new LinkedHashMap<>(tree);
        copy.remove("title");
        return copy;
    }

    @Test
    @WithMockUser(username = "instructor", roles = "INSTRUCTOR")
    void every_problem_of_a_drill_shows_at_its_field_not_at_the_top_of_the_form() {
        String course = "form-drill";
        drafts.create(course, "Form drill");
        String path = drafts.addFile(course, FileTemplates.Kind.DRILL, "fd1");
        String text = saved(course, path);
        String broken = text.replaceFirst("\\n( +)tone: tense\\n", "\n$1tone: tense\n$1criteria: [c1, c9]\n")
                .replaceFirst("\\n +- \"Tired, perhaps[^\\n]*", "")
                .replaceFirst("(?s)avoid:\\n.*?\\nhints: \\[advice]", "avoid: []\nhints: [advice, sarcasm]")
                .replace("minutes: 0}", "minutes: 500}");
        drafts.save(course, path, broken);
        List<ProblemCode> codes = CourseReader.fromFiles(drafts.open(course).orElseThrow()).problems().stream()
                .filter(p -> p.file().equals(path))
                .map(Problem::code)
                .toList();
        assertThat(codes)
                .as("the broken drill has the problems this test places")
                .contains(
                        ProblemCode.UNKNOWN_CRITERION,
                        ProblemCode.TOO_FEW_OPTIONS,
                        ProblemCode.EMPTY_LIST,
                        ProblemCode.INVALID_VALUE,
                        ProblemCode.OUT_OF_RANGE);

        open(course, path);

        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> criteria = find(MultiSelectComboBox.class)
                .withLabel("Criteria this statement is checked on")
                .from(statement("b1"))
                .single();
        assertThat(criteria.isInvalid()).isTrue();
        assertThat(criteria.getErrorMessage()).contains("c9");
        TextArea examples = find(TextArea.class)
                .withLabel("Example responses (one per line)")
                .from(statement("b2"))
                .single();
        assertThat(examples.isInvalid()).isTrue();
        assertThat(find(TextArea.class)
                        .withLabel("What a poor response does (one per line)")
                        .single()
                        .isInvalid())
                .isTrue();
        @SuppressWarnings("unchecked")
        CheckboxGroup<String> hints =
                find(CheckboxGroup.class).withLabel("Automatic hints").single();
        assertThat(hints.isInvalid()).isTrue();
        assertThat(hints.getErrorMessage()).contains("sarcasm");
        assertThat(hints.getValue()).as("an unknown word is kept").contains("advice", "sarcasm");
        IntegerField minutes = find(IntegerField.class)
                .withLabelContaining("Minutes per round")
                .single();
        assertThat(minutes.isInvalid()).isTrue();
        assertThat(minutes.getErrorMessage()).contains("0..120");

        var root = find(FieldSet.class)
                .withCondition(f -> "Drill".equals(f.getLegendText()))
                .single();
        assertThat(root.getChildren()
                        .filter(c -> c instanceof UnorderedList)
                        .flatMap(Component::getChildren)
                        .toList())
                .as("only what concerns the whole file (no lesson lists the drill yet) is at the top of the form")
                .hasSize((int) codes.stream()
                        .filter(ProblemCode.UNLISTED_ACTIVITY::equals)
                        .count())
                .allMatch(li -> li.getElement().getClassList().contains("problem-warning"));

        criteria.setValue(Set.of("c1")); // the tester only selects; as the chip's remove button does
        assertThat(criteria.isInvalid()).as("fixed at the field").isFalse();
        Map<Object, Object> tree = YamlTree.load(saved(course, path)).orElseThrow();
        Object b1 = ((List<?>) ((Map<?, ?>) tree.get("levels")).get("beginner")).getFirst();
        assertThat(((Map<?, ?>) b1).get("criteria")).isEqualTo(List.of("c1"));
    }

    @Test
    @WithMockUser(username = "instructor", roles = "INSTRUCTOR")
    void a_criterion_added_in_the_form_is_offered_to_the_statements_and_new_elements_get_free_ids() {
        String course = "form-drill-add";
        drafts.create(course, "Form drill add");
        String path = drafts.addFile(course, FileTemplates.Kind.DRILL, "fd2");
        open(course, path);

        test(find(Button.class).withText("Add to Criteria").single()).click();
        var added =
                find(FieldSet.class).withAttribute("aria-label", "Criterion c4").single();
        TextArea text = find(TextArea.class).from(added).single();
        assertThat(text.isInvalid())
                .as("a new criterion's empty text is named at the field")
                .isTrue();
        test(text).setValue("Uses the client's own image or metaphor.");
        assertThat(text.isInvalid()).isFalse();

        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> b1Criteria = find(MultiSelectComboBox.class)
                .withLabel("Criteria this statement is checked on")
                .from(statement("b1"))
                .single();
        ComponentUtil.fireEvent(b1Criteria, new FocusNotifier.FocusEvent<>(b1Criteria, true));
        assertThat(test(b1Criteria).getSuggestions())
                .as("a criterion added meanwhile is offered when the field is opened")
                .contains("c4 · Uses the client's own image or metaphor.");
        test(b1Criteria).selectItem("c4 · Uses the client's own image or metaphor.");

        test(find(Button.class).withText("Add to Advanced statements").single()).click();
        var statement = statement("a4");
        assertThat(find(TextArea.class)
                        .withLabel("What the client says")
                        .from(statement)
                        .single()
                        .isInvalid())
                .isTrue();

        Map<Object, Object> tree = YamlTree.load(saved(course, path)).orElseThrow();
        assertThat(tree.get("criteria").toString()).contains("id=c4", "Uses the client's own image or metaphor.");
        var levels = (Map<?, ?>) tree.get("levels");
        assertThat(((Map<?, ?>) ((List<?>) levels.get("beginner")).getFirst()).get("criteria"))
                .isEqualTo(List.of("c4"));
        assertThat(levels.get("advanced").toString()).contains("id=a4");
    }
}
