package org.alliance.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.alliance.core.validation.Problem;
import org.alliance.core.validation.ProblemCode;
import org.junit.jupiter.api.Test;

/** Levels outside the rating scale and weights that cannot make a grade: each refused where it is written. */
class ScaleAndWeightReportingTest {

    private static ReadResult withFile(String path, UnaryOperator<String> edit) {
        Map<String, String> files = new TreeMap<>(TestCourses.miniFiles());
        String before = files.get(path);
        String after = edit.apply(before);
        assertThat(after).as("the edit applies").isNotEqualTo(before);
        files.put(path, after);
        return CourseReader.fromFiles(files);
    }

    private static Problem only(ReadResult result, ProblemCode code) {
        assertThat(result.course()).as("a course with errors is not produced").isEmpty();
        return result.problems().stream()
                .filter(p -> p.code() == code)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + code.key() + " in " + result.problems()));
    }

    @Test
    void a_rubric_anchor_above_the_scale_is_refused_at_its_line() {
        Problem p = only(
                withFile("course.yaml", t -> t.replace("5: Corrective experience.", "6: Corrective experience.")),
                ProblemCode.LEVEL_OUT_OF_SCALE);

        assertThat(p.file()).isEqualTo("course.yaml");
        assertThat(p.line()).isEqualTo(37);
        assertThat(p.path()).isEqualTo("course.rubric.dimensions[d4-process-responsiveness].anchors.6");
        assertThat(p.message())
                .isEqualTo("Level 6 of the anchors of 'd4-process-responsiveness' is outside the rating scale 1..5.");
        assertThat(p.hint())
                .isEqualTo("Describe only levels 1 to 5, or change the scale under 'rubric' in course.yaml.");
    }

    @Test
    void a_free_text_example_below_a_declared_scale_is_refused_at_its_line() {
        ReadResult result = withFile(
                "course.yaml",
                t -> t.replace("scale: {min: 1, max: 5}", "scale: {min: 2, max: 5}")
                        .replace("        1: Counter-therapeutic.\n", "")
                        .replace("        1: Ignores the marker.\n", ""));
        Problem p = only(result, ProblemCode.LEVEL_OUT_OF_SCALE);

        assertThat(p.file()).isEqualTo("vignettes/v3-free.yaml");
        assertThat(p.line()).as("the first example, level 1").isEqualTo(15);
        assertThat(p.message()).isEqualTo("Level 1 of the examples is outside the rating scale 2..5.");
    }

    @Test
    void a_vignette_rating_outside_the_declared_scale_is_refused_at_its_line() {
        Problem p = only(
                withFile(
                        "vignettes/v2-rate.yaml",
                        t -> t.replace("{d1-empathic-accuracy: 4}", "{d1-empathic-accuracy: 0}")),
                ProblemCode.RATING_OUT_OF_SCALE);

        assertThat(p.file()).isEqualTo("vignettes/v2-rate.yaml");
        assertThat(p.line()).isEqualTo(19);
        assertThat(p.message()).isEqualTo("Rating 0 for 'd1-empathic-accuracy' is outside the scale 1..5.");
    }

    @Test
    void a_scale_too_wide_to_anchor_is_refused_and_checking_it_ends() {
        Problem p = only(
                withFile("course.yaml", t -> t.replace("scale: {min: 1, max: 5}", "scale: {min: 0, max: 2147483647}")),
                ProblemCode.OUT_OF_RANGE);

        assertThat(p.line()).isEqualTo(18);
        assertThat(p.message()).isEqualTo("'scale' is 0..2147483647, outside min below max, at most 11 levels.");
    }

    @Test
    void two_keys_for_one_anchor_level_are_a_duplicate_key() {
        Problem p = only(
                withFile("course.yaml", t -> t.replace("5: Opens deeper", "01: Opens deeper")),
                ProblemCode.DUPLICATE_KEY);

        assertThat(p.line()).isEqualTo(28);
        assertThat(p.message()).isEqualTo("Key '01 (level 1)' appears twice in the same mapping.");
    }

    @Test
    void a_negative_kind_weight_is_refused_with_a_hint() {
        Problem p = only(
                withFile("course.yaml", t -> t.replace("    quiz: 1", "    quiz: -0.5")), ProblemCode.NEGATIVE_WEIGHT);

        assertThat(p.file()).isEqualTo("course.yaml");
        assertThat(p.line()).isEqualTo(41);
        assertThat(p.path()).isEqualTo("course.grading.weights.quiz");
        assertThat(p.message()).isEqualTo("Weight 'quiz' is -0.5; a weight cannot be negative.");
        assertThat(p.hint())
                .isEqualTo("Use a weight above 0 to count it in the course grade, or 0 to leave it out of the grade.");
    }

    @Test
    void a_negative_activity_weight_is_refused_at_its_line() {
        Problem p = only(
                withFile("course.yaml", t -> t.replace("{v4-branching: 2}", "{v4-branching: -2}")),
                ProblemCode.NEGATIVE_WEIGHT);

        assertThat(p.line()).isEqualTo(43);
        assertThat(p.message()).isEqualTo("Weight 'v4-branching' is -2; a weight cannot be negative.");
    }

    @Test
    void weights_that_leave_every_quiz_and_vignette_at_zero_are_refused() {
        Problem p = only(
                withFile(
                        "course.yaml",
                        t -> t.replace(
                                "    quiz: 1\n    vignette: 1\n    activities: {v4-branching: 2}",
                                "    quiz: 0\n    vignette: 0")),
                ProblemCode.NO_GRADED_ACTIVITY);

        assertThat(p.line()).isEqualTo(41);
        assertThat(p.path()).isEqualTo("course.grading.weights");
        assertThat(p.message()).startsWith("No quiz or vignette counts towards the course grade");
        assertThat(p.hint()).contains("weight above 0");
    }

    @Test
    void a_zero_weight_leaving_one_kind_out_of_the_grade_is_allowed() {
        ReadResult result = withFile("course.yaml", t -> t.replace("    quiz: 1", "    quiz: 0"));

        assertThat(result.problems())
                .as("nothing but the fixture's accepted audit warning")
                .allMatch(Problem::isAccepted);
        assertThat(result.course()).isPresent();
    }

    @Test
    void a_weight_on_reflections_is_refused_because_they_are_never_graded() {
        Problem p = only(
                withFile("course.yaml", t -> t.replace("    vignette: 1\n", "    vignette: 1\n    reflection: 1\n")),
                ProblemCode.REFLECTION_WEIGHT);

        assertThat(p.line()).isEqualTo(43);
        assertThat(p.message())
                .isEqualTo("Weight 'reflection' is 1, but reflections are never graded, "
                        + "so each would count as 0 in every student's grade.");
    }
}
