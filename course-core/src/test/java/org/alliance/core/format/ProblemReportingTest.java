package org.alliance.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.alliance.core.validation.Problem;
import org.alliance.core.validation.ProblemCode;
import org.junit.jupiter.api.Test;

/** What a problem tells the author: where, which field, what, and how to fix it. */
class ProblemReportingTest {

    private static ReadResult withFile(String path, java.util.function.UnaryOperator<String> edit) {
        Map<String, String> files = new TreeMap<>(TestCourses.miniFiles());
        files.put(path, edit.apply(files.get(path)));
        return CourseReader.fromFiles(files);
    }

    private static Problem only(ReadResult result, ProblemCode code) {
        return result.problems().stream().filter(p -> p.code() == code).findFirst().orElseThrow(
                () -> new AssertionError("no " + code.key() + " in " + result.problems()));
    }

    @Test
    void a_misspelt_key_gets_a_did_you_mean_hint_with_its_exact_position() {
        Problem p = only(withFile("vignettes/v1-best.yaml", t -> t.replace("commentary:", "comentary:")),
                ProblemCode.UNKNOWN_KEY);

        assertThat(p.params()).containsEntry("key", "comentary").containsEntry("suggestion", "commentary");
        assertThat(p.hint()).startsWith("Did you mean 'commentary'?");
        assertThat(p.path()).isEqualTo("vignettes[v1-best].comentary");
        assertThat(p.column()).isEqualTo(1);
        assertThat(p.toString()).startsWith("vignettes/v1-best.yaml:" + p.line() + ":1: unknown-key: ");
    }

    @Test
    void a_problem_in_lesson_front_matter_points_at_the_line_of_the_md_file() {
        Problem p = only(withFile("lessons/l1-alliance.md", t -> t.replace("minutes: 20", "minutes: [20]")),
                ProblemCode.WRONG_TYPE);

        assertThat(p.file()).isEqualTo("lessons/l1-alliance.md");
        assertThat(p.line()).isEqualTo(4);
        assertThat(p.column()).isEqualTo(10);
        assertThat(p.path()).isEqualTo("lessons[l1-alliance].minutes");
    }

    @Test
    void html_in_a_block_scalar_points_at_its_own_line() {
        Problem p = only(withFile("reflections/r1-alliances.yaml",
                t -> t + "  More.\n\n  <iframe src=x></iframe>\n"), ProblemCode.RAW_HTML);

        assertThat(p.line()).isEqualTo(7);
        assertThat(p.path()).isEqualTo("reflections[r1-alliances].prompt");
    }

    @Test
    void the_model_path_reaches_down_to_a_branching_choice_field() {
        Problem p = only(withFile("vignettes/v4-branching.yaml",
                t -> t.replace("feedback: Owns the misstep.", "feedback: \"  \"")), ProblemCode.EMPTY_FEEDBACK);

        assertThat(p.path()).isEqualTo("vignettes[v4-branching].nodes[n2-escalates].choices[a].feedback");
    }

    @Test
    void a_blank_required_text_is_reported_at_its_field_once() {
        ReadResult result = withFile("vignettes/v4-branching.yaml",
                t -> t.replace("client: \"This is pointless. You just nod.\"", "client: \" \""));
        Problem p = only(result, ProblemCode.EMPTY_TEXT);

        assertThat(p.path()).isEqualTo("vignettes[v4-branching].nodes[n1].client");
        assertThat(p.line()).isEqualTo(15);
        assertThat(result.problems()).filteredOn(q -> q.path().equals(p.path())).hasSize(1);
    }

    @Test
    void every_problem_is_reported_at_once() {
        ReadResult result = withFile("quizzes/q2-repair.yaml", t -> t
                .replace("title: Ruptures and repair", "titel: Ruptures and repair")
                .replace("objectives: [l2-o2]", "objectives: [l9-o9]")
                .replace("rationale: Kind, but stays with content.", "rationale: Kind <em>but</em> no."));

        assertThat(result.problems()).extracting(p -> p.code().key())
                .contains("unknown-key", "missing-field", "unknown-objective", "raw-html");
        assertThat(result.course()).isEmpty();
    }

    @Test
    void warnings_alone_do_not_stop_a_course_from_loading() {
        ReadResult result = withFile("notes.txt", t -> "scratch");

        assertThat(TestCourses.unaccepted(result.warnings())).extracting(p -> p.code().key())
                .containsExactly("unknown-file");
        assertThat(result.course()).isPresent();
    }
}
