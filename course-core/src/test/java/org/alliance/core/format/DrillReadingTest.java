package org.alliance.core.format;

import static org.alliance.core.format.DrillFiles.FILE;
import static org.alliance.core.format.DrillFiles.PATH;
import static org.alliance.core.format.DrillFiles.edited;
import static org.alliance.core.format.DrillFiles.lineOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.alliance.core.model.Course;
import org.alliance.core.model.Criterion;
import org.alliance.core.model.Drill;
import org.alliance.core.model.DrillHint;
import org.alliance.core.model.DrillSettings;
import org.alliance.core.model.Level;
import org.alliance.core.validation.Problem;
import org.alliance.core.validation.ProblemCode;
import org.junit.jupiter.api.Test;

/** drills/&lt;id&gt;.yaml read into the model, and what the reader says about a file that is wrong. */
class DrillReadingTest {

    private static Drill miniDrill() {
        Course course = CourseReader.fromFolder(TestCourses.mini()).course().orElseThrow();
        return course.drills().getFirst();
    }

    @Test
    void every_field_of_the_drill_is_read() {
        Drill drill = miniDrill();

        assertThat(drill.id()).isEqualTo("d1-name-the-strain");
        assertThat(drill.title()).isEqualTo("Naming the strain between you");
        assertThat(drill.skill()).startsWith("Say what just happened").endsWith("[@safran2011].");
        assertThat(drill.objectives()).containsExactly("l2-o2");
        assertThat(drill.concepts()).containsExactly("rupture");
        assertThat(drill.references()).containsExactly("safran2011");
        assertThat(drill.contentNote()).hasValueSatisfying(n -> assertThat(n).startsWith("The fictional clients"));
        assertThat(drill.criteria()).extracting(Criterion::id).containsExactly("c1", "c2", "c3");
        assertThat(drill.avoid()).hasSize(3);
        assertThat(drill.hints()).containsExactly(DrillHint.QUESTION, DrillHint.REASSURANCE);
        assertThat(drill.settings()).isEqualTo(new DrillSettings(4, 10));
        for (Level level : Level.values()) {
            assertThat(drill.statements(level)).as(level.name()).hasSize(3);
        }
        assertThat(drill.statement("i1")).hasValueSatisfying(s -> {
            assertThat(s.criteria()).containsExactly("c1", "c2");
            assertThat(drill.criteriaFor(s)).extracting(Criterion::id).containsExactly("c1", "c2");
        });
        assertThat(drill.statement("a2")).hasValueSatisfying(s -> {
            assertThat(s.tone()).isEqualTo("mocking");
            assertThat(s.client()).isEqualTo("Ha. That's a very therapist thing to say.");
            assertThat(s.examples()).hasSize(2);
            assertThat(s.poor()).containsExactly("Why do you think you react that way?");
            assertThat(drill.criteriaFor(s)).hasSize(3);
        });
        assertThat(drill.levelOf("i3")).contains(Level.INTERMEDIATE);
        assertThat(drill.audit()).hasValueSatisfying(a -> assertThat(a.codes()).containsExactly("drill-one-template"));
    }

    @Test
    void left_out_settings_hints_objectives_and_references_take_their_defaults() {
        ReadResult read = edited(t -> t.replace("settings: {statements_per_round: 4, minutes: 10}\n", "")
                .replace("hints: [question, reassurance]\n", "")
                .replace("objectives: [l2-o2]\n", "")
                .replace("references: [safran2011]\n", "")
                .replace("content_note: The fictional clients are angry with or let down by their therapist.\n", ""));

        Drill drill = read.course().orElseThrow().drills().getFirst();
        assertThat(drill.settings()).isEqualTo(DrillSettings.defaults());
        assertThat(drill.hints()).isEmpty();
        assertThat(drill.objectives()).isEmpty();
        assertThat(drill.references()).isEmpty();
        assertThat(drill.contentNote()).isEmpty();
    }

    @Test
    void an_unknown_key_is_an_error_at_its_line_and_column_with_a_did_you_mean() {
        String text = DrillFiles.text();
        ReadResult read = edited(t -> t.replace("      tone: clipped", "      tones: clipped"));

        assertThat(read.course()).isEmpty();
        assertThat(read.errors()).anySatisfy(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.UNKNOWN_KEY);
            assertThat(p.file()).isEqualTo(FILE);
            assertThat(p.line()).isEqualTo(lineOf(text, "tone: clipped"));
            assertThat(p.column()).isEqualTo(7);
            assertThat(p.path()).isEqualTo(PATH + ".levels.intermediate[i1].tones");
            assertThat(p.hint()).startsWith("Did you mean 'tone'?");
        });
        assertThat(read.errors()).anySatisfy(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.MISSING_FIELD);
            assertThat(p.path()).isEqualTo(PATH + ".levels.intermediate[i1].tone");
        });
    }

    @Test
    void a_misspelt_level_is_an_unknown_key_and_leaves_that_level_without_statements() {
        String text = DrillFiles.text();
        ReadResult read = edited(t -> t.replace("  intermediate:\n", "  intermediat:\n"));

        assertThat(read.errors()).anySatisfy(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.UNKNOWN_KEY);
            assertThat(p.line()).isEqualTo(lineOf(text, "  intermediate:"));
            assertThat(p.hint()).startsWith("Did you mean 'intermediate'?");
        });
        assertThat(read.errors()).anySatisfy(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.TOO_FEW_OPTIONS);
            assertThat(p.path()).isEqualTo(PATH + ".levels.intermediate");
            assertThat(p.params()).containsEntry("count", "0").containsEntry("minimum", "3");
        });
    }

    @Test
    void an_unknown_hint_is_an_invalid_value_with_a_suggestion() {
        String text = DrillFiles.text();
        ReadResult read = edited(t -> t.replace("hints: [question, reassurance]", "hints: [question, reasurance]"));

        assertThat(read.errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.INVALID_VALUE);
            assertThat(p.path()).isEqualTo(PATH + ".hints[1]");
            assertThat(p.line()).isEqualTo(lineOf(text, "hints:"));
            assertThat(p.params()).containsEntry("allowed", "question, advice, reassurance");
            assertThat(p.hint()).startsWith("Did you mean 'reassurance'?");
        });
    }

    @Test
    void criteria_levels_concepts_and_avoid_are_required() {
        String text = DrillFiles.text();
        String noCriteria = text.substring(0, text.indexOf("criteria:\n")) + text.substring(text.indexOf("avoid:\n"));
        String bare = noCriteria
                .substring(0, noCriteria.indexOf("levels:\n"))
                .replace("concepts: [rupture]\n", "")
                .replace("avoid:\n", "avoid_:\n");
        Map<String, String> files = new TreeMap<>(TestCourses.miniFiles());
        files.put(FILE, bare);

        ReadResult read = CourseReader.fromFiles(files);

        assertThat(read.errors())
                .filteredOn(p -> p.code() == ProblemCode.MISSING_FIELD)
                .extracting(Problem::path)
                .containsExactlyInAnyOrder(PATH + ".criteria", PATH + ".levels", PATH + ".concepts", PATH + ".avoid");
    }

    @Test
    void a_drill_no_lesson_lists_is_a_warning_and_still_checked() {
        Map<String, String> files = new TreeMap<>(TestCourses.miniFiles());
        files.computeIfPresent("lessons/l2-repair.md", (k, v) -> v.replace(", d1-name-the-strain]", "]"));
        files.computeIfPresent(FILE, (k, v) -> v.replace("concepts: [rupture]", "concepts: [ruptures]"));

        ReadResult read = CourseReader.fromFiles(files);

        assertThat(read.problems()).anySatisfy(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.UNLISTED_ACTIVITY);
            assertThat(p.path()).isEqualTo(PATH);
            assertThat(p.file()).isEqualTo(FILE);
        });
        assertThat(read.errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.UNKNOWN_CONCEPT);
            assertThat(p.path()).isEqualTo(PATH + ".concepts[0]");
            assertThat(p.line()).isEqualTo(lineOf(DrillFiles.text(), "concepts:"));
        });
    }

    @Test
    void the_written_drill_spells_out_every_level_and_setting_and_reads_back_the_same() {
        Course mini = CourseReader.fromFolder(TestCourses.mini()).course().orElseThrow();
        String written = CourseWriter.write(mini).get(FILE);

        assertThat(written)
                .contains("settings:\n  statements_per_round: 4\n  minutes: 10\n")
                .contains("\n  beginner:\n", "\n  intermediate:\n", "\n  advanced:\n")
                .contains("hints:\n- question\n- reassurance\n".replace("\n-", "\n  -"));
        Drill back = CourseReader.fromFiles(CourseWriter.write(mini))
                .course()
                .orElseThrow()
                .drills()
                .getFirst();
        assertThat(back).isEqualTo(mini.drills().getFirst());
    }
}
