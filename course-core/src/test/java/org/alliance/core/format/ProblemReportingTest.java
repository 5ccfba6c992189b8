package org.alliance.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alliance.core.validation.Problem;
import org.alliance.core.validation.ProblemCode;
import org.junit.jupiter.api.Test;

/** What a problem tells the author: where, which field, what, and how to fix it. */
class ProblemReportingTest {

    private static ReadResult withFile(String path, UnaryOperator<String> edit) {
        Map<String, String> files = new TreeMap<>(TestCourses.miniFiles());
        files.put(path, edit.apply(files.get(path)));
        return CourseReader.fromFiles(files);
    }

    private static Problem only(ReadResult result, ProblemCode code) {
        return result.problems().stream()
                .filter(p -> p.code() == code)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + code.key() + " in " + result.problems()));
    }

    @Test
    void a_misspelt_key_gets_a_did_you_mean_hint_with_its_exact_position() {
        Problem p = only(
                withFile("vignettes/v1-best.yaml", t -> t.replace("commentary:", "comentary:")),
                ProblemCode.UNKNOWN_KEY);

        assertThat(p.params()).containsEntry("key", "comentary").containsEntry("suggestion", "commentary");
        assertThat(p.hint()).startsWith("Did you mean 'commentary'?");
        assertThat(p.path()).isEqualTo("vignettes[v1-best].comentary");
        assertThat(p.column()).isEqualTo(1);
        assertThat(p.toString()).startsWith("vignettes/v1-best.yaml:" + p.line() + ":1: unknown-key: ");
    }

    @Test
    void a_problem_in_lesson_front_matter_points_at_the_line_of_the_md_file() {
        Problem p = only(
                withFile("lessons/l1-alliance.md", t -> t.replace("minutes: 20", "minutes: [20]")),
                ProblemCode.WRONG_TYPE);

        assertThat(p.file()).isEqualTo("lessons/l1-alliance.md");
        assertThat(p.line()).isEqualTo(4);
        assertThat(p.column()).isEqualTo(10);
        assertThat(p.path()).isEqualTo("lessons[l1-alliance].minutes");
    }

    @Test
    void html_in_a_block_scalar_points_at_its_own_line() {
        Problem p = only(
                withFile("reflections/r1-alliances.yaml", t -> t + "  More.\n\n  <iframe src=x></iframe>\n"),
                ProblemCode.RAW_HTML);

        assertThat(p.line()).isEqualTo(7);
        assertThat(p.path()).isEqualTo("reflections[r1-alliances].prompt");
    }

    @Test
    void an_empty_licence_is_reported_at_its_own_line() {
        Problem p = only(
                withFile("course.yaml", t -> t.replace("licence: CC-BY-SA-4.0", "licence:")),
                ProblemCode.MISSING_FIELD);

        assertThat(p.file()).isEqualTo("course.yaml");
        assertThat(p.line()).isEqualTo(7);
        assertThat(p.column()).isEqualTo(1);
        assertThat(p.path()).isEqualTo("course.licence");
        assertThat(p.message()).isEqualTo("Missing required field 'licence'.");
        assertThat(p.hint()).isEqualTo("Add 'licence:' with a value.");
    }

    /**
     * Every {@code key: value} line of the mini course in turn loses its value; any error about that field
     * must point at that line, never at the start of the mapping or the file, and be reported once.
     */
    @Test
    void any_field_written_without_a_value_is_reported_at_its_own_line() {
        Pattern keyValue = Pattern.compile("^(\\s*(?:- )?)([a-z_]+):\\s+[^|>\\s].*$");
        List<String> misplaced = new ArrayList<>();
        int fields = 0;
        for (Map.Entry<String, String> file : TestCourses.miniFiles().entrySet()) {
            String[] lines = file.getValue().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = keyValue.matcher(lines[i]);
                if (!m.matches()) {
                    continue;
                }
                fields++;
                String[] blanked = lines.clone();
                blanked[i] = m.group(1) + m.group(2) + ":";
                int line = i + 1;
                String key = m.group(2);
                List<Problem> about = withFile(file.getKey(), t -> String.join("\n", blanked)).problems().stream()
                        .filter(p -> p.isError()
                                && p.file().equals(file.getKey())
                                && p.path().endsWith("." + key))
                        .toList();
                about.stream()
                        .filter(p -> p.line() != line)
                        .forEach(p -> misplaced.add(file.getKey() + ":" + line + " blanked, reported as " + p));
                if (about.stream()
                                .map(p -> p.code() + " " + p.path())
                                .distinct()
                                .count()
                        < about.size()) {
                    misplaced.add(file.getKey() + ":" + line + " blanked, reported twice: " + about);
                }
            }
        }

        assertThat(fields).as("fields tried").isGreaterThan(200);
        assertThat(misplaced).isEmpty();
    }

    @Test
    void brackets_nested_thousands_deep_are_nesting_too_deep_at_their_line() {
        ReadResult result = withFile(
                "quizzes/q2-repair.yaml", t -> t + "extra:\n  - " + "[".repeat(20_000) + "]".repeat(20_000) + "\n");
        Problem p = only(result, ProblemCode.NESTING_TOO_DEEP);

        int extraLine = (int) TestCourses.miniFiles()
                        .get("quizzes/q2-repair.yaml")
                        .lines()
                        .count()
                + 2;
        assertThat(p.file()).isEqualTo("quizzes/q2-repair.yaml");
        assertThat(p.line()).isEqualTo(extraLine);
        assertThat(p.message()).startsWith("Nesting too deep at line " + extraLine + ":");
        assertThat(p.hint()).contains("never closed");
        assertThat(result.problems())
                .noneMatch(q -> q.code() == ProblemCode.UNREADABLE || q.code() == ProblemCode.YAML_SYNTAX);
    }

    @Test
    void indentation_nested_past_the_limit_in_lesson_front_matter_is_nesting_too_deep_at_the_md_line() {
        StringBuilder deep = new StringBuilder("extra:\n");
        for (int level = 1; level <= 60; level++) {
            deep.append("  ".repeat(level)).append("k").append(level).append(":\n");
        }
        deep.append("  ".repeat(61)).append("end\n");
        Problem p = only(
                withFile("lessons/l1-alliance.md", t -> t.replaceFirst("\n---\n", "\n" + deep + "---\n")),
                ProblemCode.NESTING_TOO_DEEP);

        // The root mapping is level 1, extra's mapping level 2 (opening at k1), so level 51 opens at k50.
        int frontMatterLines = (int) TestCourses.miniFiles()
                .get("lessons/l1-alliance.md")
                .lines()
                .skip(1)
                .takeWhile(l -> !l.equals("---"))
                .count();
        assertThat(p.file()).isEqualTo("lessons/l1-alliance.md");
        assertThat(p.line()).as("the line of k50").isEqualTo(1 + frontMatterLines + 1 + 50);
        assertThat(p.message())
                .isEqualTo("Nesting too deep at line " + p.line()
                        + ": lists and mappings may be nested at most 50 levels.");
    }

    @Test
    void the_model_path_reaches_down_to_a_branching_choice_field() {
        Problem p = only(
                withFile(
                        "vignettes/v4-branching.yaml",
                        t -> t.replace("feedback: Owns the misstep.", "feedback: \"  \"")),
                ProblemCode.EMPTY_FEEDBACK);

        assertThat(p.path()).isEqualTo("vignettes[v4-branching].nodes[n2-escalates].choices[a].feedback");
    }

    @Test
    void a_blank_required_text_is_reported_at_its_field_once() {
        ReadResult result = withFile(
                "vignettes/v4-branching.yaml",
                t -> t.replace("client: \"This is pointless. You just nod.\"", "client: \" \""));
        Problem p = only(result, ProblemCode.EMPTY_TEXT);

        assertThat(p.path()).isEqualTo("vignettes[v4-branching].nodes[n1].client");
        assertThat(p.line()).isEqualTo(15);
        assertThat(result.problems()).filteredOn(q -> q.path().equals(p.path())).hasSize(1);
    }

    @Test
    void every_problem_is_reported_at_once() {
        ReadResult result = withFile(
                "quizzes/q2-repair.yaml",
                t -> t.replace("title: Ruptures and repair", "titel: Ruptures and repair")
                        .replace("objectives: [l2-o2]", "objectives: [l9-o9]")
                        .replace("rationale: Kind, but stays with content.", "rationale: Kind <em>but</em> no."));

        assertThat(result.problems())
                .extracting(p -> p.code().key())
                .contains("unknown-key", "missing-field", "unknown-objective", "raw-html");
        assertThat(result.course()).isEmpty();
    }

    @Test
    void warnings_alone_do_not_stop_a_course_from_loading() {
        ReadResult result = withFile("notes.txt", t -> "scratch");

        assertThat(TestCourses.unaccepted(result.warnings()))
                .extracting(p -> p.code().key())
                .containsExactly("unknown-file");
        assertThat(result.course()).isPresent();
    }
}
