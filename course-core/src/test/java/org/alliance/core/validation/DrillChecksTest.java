package org.alliance.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alliance.core.drill.SampleDrills;
import org.alliance.core.model.Concept;
import org.alliance.core.model.Course;
import org.alliance.core.model.Drill;
import org.alliance.core.model.DrillHint;
import org.alliance.core.model.DrillStatement;
import org.alliance.core.model.GradingPolicy;
import org.alliance.core.model.Lesson;
import org.alliance.core.model.Level;
import org.alliance.core.model.Objective;
import org.alliance.core.model.RatingScale;
import org.alliance.core.model.Rubric;
import org.junit.jupiter.api.Test;

/** The drill rules on drills built in memory, as the editor's tests and the web side build them. */
class DrillChecksTest {

    private static Course course(Drill drill) {
        Lesson lesson =
                new Lesson("l1", "Lesson", 10, List.of(new Objective("o1", "Do it.")), List.of(), "", List.of(drill));
        return new Course(
                "course",
                "Course",
                "",
                "",
                "en",
                List.of(),
                "",
                List.of(),
                "",
                "",
                List.of(lesson),
                new Rubric(RatingScale.defaults(), List.of()),
                GradingPolicy.defaults(),
                List.of(new Concept("c1", "Concept", "Def.", List.of(), List.of())),
                List.of());
    }

    private static List<String> problems(Drill drill) {
        return Validator.validate(course(drill)).stream()
                .filter(p -> p.code() != ProblemCode.UNASSESSED_OBJECTIVE)
                .map(p -> p.severity() + " " + p.code().key() + " " + p.path())
                .toList();
    }

    @Test
    void a_sample_drill_with_every_hint_switched_on_is_valid() {
        Drill drill = SampleDrills.drill("d1", Optional.empty(), DrillHint.values());

        assertThat(problems(drill)).isEmpty();
    }

    @Test
    void a_drill_counts_as_no_assessment_of_its_objectives() {
        Drill drill = SampleDrills.drill("d1", Optional.empty());

        assertThat(Validator.validate(course(drill)))
                .extracting(p -> p.code().key() + " " + p.path())
                .containsExactly("unassessed-objective lessons[l1].objectives[o1]");
    }

    @Test
    void a_criterion_no_statement_is_checked_on_is_a_warning() {
        Map<Level, List<DrillStatement>> levels = SampleDrills.levels(
                List.of("One way of saying it.", "Another way of saying it.", "A third, shorter one."));
        levels.replaceAll((level, statements) -> statements.stream()
                .map(s -> new DrillStatement(
                        s.id(), s.context(), s.tone(), s.client(), List.of("k1"), s.examples(), s.poor()))
                .toList());
        Drill drill = SampleDrills.withLevels("d1", Optional.empty(), List.of(), levels);

        assertThat(problems(drill))
                .filteredOn(p -> !p.contains("drill-one-template"))
                .containsExactly("WARNING unused-criterion drills[d1].criteria[k2]");
    }

    @Test
    void a_hint_switched_on_without_poor_responses_is_unmeasured_and_one_firing_on_an_example_is_named() {
        Map<Level, List<DrillStatement>> levels =
                SampleDrills.levels(List.of("Tired, it seems.", "Sad, perhaps.", "Is it lonely?"));
        levels.replaceAll((level, statements) -> statements.stream()
                .map(s -> new DrillStatement(
                        s.id(), s.context(), s.tone(), s.client(), s.criteria(), s.examples(), List.of()))
                .toList());
        Drill drill = SampleDrills.withLevels("d1", Optional.empty(), List.of(DrillHint.QUESTION), levels);

        assertThat(problems(drill))
                .filteredOn(p -> p.contains("hint"))
                .contains(
                        "ERROR hint-unmeasured drills[d1].hints[0]",
                        "ERROR hint-fires-on-example drills[d1].levels.beginner[b2].examples[0]")
                .allMatch(p -> p.startsWith("ERROR"));
    }
}
