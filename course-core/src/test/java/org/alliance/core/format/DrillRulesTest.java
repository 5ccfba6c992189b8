package org.alliance.core.format;

import static org.alliance.core.format.DrillFiles.FILE;
import static org.alliance.core.format.DrillFiles.PATH;
import static org.alliance.core.format.DrillFiles.edited;
import static org.alliance.core.format.DrillFiles.lineOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.alliance.core.validation.Problem;
import org.alliance.core.validation.ProblemCode;
import org.junit.jupiter.api.Test;

/** The validator's rules for drills, on the mini course's drill file, each problem at its file and line. */
class DrillRulesTest {

    private final String text = DrillFiles.text();

    /** The one error of {@code read}, which must have this code, path and line of the drill file. */
    private static void onlyError(ReadResult read, ProblemCode code, String path, int line) {
        assertThat(read.errors()).singleElement().satisfies(p -> located(p, code, path, line));
    }

    private static void located(Problem p, ProblemCode code, String path, int line) {
        assertThat(p.code()).isEqualTo(code);
        assertThat(p.path()).isEqualTo(path);
        assertThat(p.file()).isEqualTo(FILE);
        assertThat(p.line()).isEqualTo(line);
    }

    @Test
    void a_level_needs_three_statements() {
        String a3 = text.substring(text.indexOf("    - id: a3"), text.indexOf("audit:"));
        ReadResult read = edited(t -> t.replace(a3, ""));

        onlyError(read, ProblemCode.TOO_FEW_OPTIONS, PATH + ".levels.advanced", lineOf(text, "  advanced:") + 1);
        assertThat(read.errors().getFirst().params()).containsEntry("count", "2");
    }

    @Test
    void a_drill_needs_two_to_four_criteria() {
        ReadResult one = edited(t -> t.replace("  - {id: c2, text: Owns the therapist's part.}\n", "")
                .replace("  - {id: c3, text: Leaves the client room to disagree.}\n", "")
                .replace("criteria: [c1, c2]", "criteria: [c1]"));
        onlyError(one, ProblemCode.CRITERIA_COUNT, PATH + ".criteria", lineOf(text, "  - {id: c1"));

        ReadResult five = edited(t -> t.replace(
                "  - {id: c3, text: Leaves the client room to disagree.}\n",
                "  - {id: c3, text: Leaves the client room to disagree.}\n"
                        + "  - {id: c4, text: Speaks plainly.}\n  - {id: c5, text: Keeps it short.}\n"));
        assertThat(five.errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.CRITERIA_COUNT);
            assertThat(p.params()).containsEntry("count", "5");
        });
    }

    @Test
    void a_statement_may_name_only_the_drills_criteria() {
        ReadResult read = edited(t -> t.replace("criteria: [c1, c2]", "criteria: [c1, c9]"));

        onlyError(
                read,
                ProblemCode.UNKNOWN_CRITERION,
                PATH + ".levels.intermediate[i1].criteria[1]",
                lineOf(text, "criteria: [c1, c2]"));
        assertThat(read.errors().getFirst().hint()).contains("c1, c2, c3");
    }

    @Test
    void a_statement_needs_two_example_responses() {
        ReadResult read = edited(
                t -> t.replace("        - \"Point taken; I sounded like a textbook rather than like me.\"\n", ""));

        onlyError(read, ProblemCode.TOO_FEW_OPTIONS, PATH + ".levels.advanced[a2].examples", lineOf(text, "canned"));
    }

    @Test
    void something_to_avoid_must_be_said() {
        String avoid = text.substring(text.indexOf("avoid:\n"), text.indexOf("hints:"));
        ReadResult read = edited(t -> t.replace(avoid, "avoid: []\n"));

        onlyError(read, ProblemCode.EMPTY_LIST, PATH + ".avoid", lineOf(text, "avoid:"));
    }

    @Test
    void objectives_concepts_and_references_must_exist() {
        ReadResult read = edited(t -> t.replace("objectives: [l2-o2]", "objectives: [l2-o9]")
                .replace("concepts: [rupture]", "concepts: [rupture, alliance]")
                .replace("references: [safran2011]", "references: [safran2012]"));

        assertThat(read.errors())
                .extracting(p -> p.code().key() + " " + p.path() + " " + p.line())
                .containsExactlyInAnyOrder(
                        "unknown-objective " + PATH + ".objectives[0] " + lineOf(text, "objectives:"),
                        "unknown-concept " + PATH + ".concepts[1] " + lineOf(text, "concepts:"),
                        "unknown-reference " + PATH + ".references[0] " + lineOf(text, "references:"));
    }

    @Test
    void settings_must_lie_in_range() {
        ReadResult read = edited(t -> t.replace(
                "settings: {statements_per_round: 4, minutes: 10}",
                "settings: {statements_per_round: 0, minutes: 121}"));

        assertThat(read.errors())
                .extracting(
                        p -> p.code().key() + " " + p.path() + " " + p.params().get("range"))
                .containsExactlyInAnyOrder(
                        "out-of-range " + PATH + ".settings.statements_per_round 1..30",
                        "out-of-range " + PATH + ".settings.minutes 0..120");
    }

    @Test
    void statement_ids_are_unique_across_levels() {
        ReadResult read = edited(t ->
                t.replace("    - id: i1\n", "    - id: b1\n").replace("criteria: [c1, c2]", "criteria: [c1, c2, c3]"));

        assertThat(read.errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.DUPLICATE_ID);
            assertThat(p.path()).isEqualTo(PATH + ".levels.intermediate[b1].id");
            assertThat(p.line()).isEqualTo(lineOf(text, "    - id: i1"));
        });
    }

    @Test
    void a_hint_that_fires_on_an_example_is_refused_naming_the_statement_and_the_example() {
        ReadResult read = edited(t ->
                t.replace("\"My question may have landed as pressure.\"", "\"Did my question land as pressure?\""));

        onlyError(
                read,
                ProblemCode.HINT_FIRES_ON_EXAMPLE,
                PATH + ".levels.intermediate[i2].examples[0]",
                lineOf(text, "My question may have landed"));
        assertThat(read.errors().getFirst().message())
                .contains("'question'", "example response 1 of statement 'i2'", "Did my question land as pressure?");
    }

    @Test
    void a_hint_needs_three_poor_responses_to_be_measured() {
        String withoutPoor = text.replaceAll("      poor:\\n        - .*\\n", "");
        String twoPoor = withoutPoor.replace(
                "      tone: angry\n", "      tone: angry\n      poor: [\"Calm down.\", \"Why so angry?\"]\n");
        ReadResult read = edited(t -> twoPoor);

        assertThat(read.errors())
                .extracting(p -> p.code().key() + " " + p.path() + " " + p.line() + " "
                        + p.params().get("count"))
                .containsExactly(
                        "hint-unmeasured " + PATH + ".hints[0] " + lineOf(text, "hints:") + " 2",
                        "hint-unmeasured " + PATH + ".hints[1] " + lineOf(text, "hints:") + " 2");
    }

    @Test
    void raw_html_in_an_example_response_is_found_like_anywhere_else() {
        ReadResult read = edited(t -> t.replace("\"Ha. That's", "\"Ha.<br>That's"));

        onlyError(read, ProblemCode.RAW_HTML, PATH + ".levels.advanced[a2].client", lineOf(text, "client: \"Ha."));
    }

    @Test
    void a_grading_weight_on_a_drill_is_refused() {
        ReadResult read = DrillFiles.withFile(
                "course.yaml",
                t -> t.replace(
                        "activities: {v4-branching: 2}", "activities: {v4-branching: 2, d1-name-the-strain: 0}"));

        assertThat(read.errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.DRILL_WEIGHT);
            assertThat(p.file()).isEqualTo("course.yaml");
            assertThat(p.path()).isEqualTo("course.grading.weights.activities.d1-name-the-strain");
        });
    }
}
