package org.alliance.core.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.alliance.core.drill.SampleDrills;
import org.alliance.core.model.ActivityKind;
import org.alliance.core.model.CompletionRule;
import org.alliance.core.model.Course;
import org.alliance.core.model.Drill;
import org.alliance.core.model.GradingPolicy;
import org.alliance.core.model.Lesson;
import org.alliance.core.model.Objective;
import org.alliance.core.model.Quiz;
import org.alliance.core.model.QuizSettings;
import org.alliance.core.model.RatingScale;
import org.alliance.core.model.Rubric;
import org.alliance.core.model.Weights;
import org.alliance.core.scoring.SampleItems;
import org.junit.jupiter.api.Test;

/** A drill is never graded: done once one statement is practised, excused when skipped for its content note. */
class DrillGradingTest {

    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");
    private static final Drill NOTED = SampleDrills.drill("d-noted", Optional.of("Anger at the therapist."));
    private static final Drill PLAIN = SampleDrills.drill("d-plain", Optional.empty());
    private static final Quiz QUIZ = new Quiz("q1", "Quiz", QuizSettings.defaults(), List.of(SampleItems.bordin()));

    @Test
    void a_drill_is_done_once_a_statement_is_practised_and_not_done_before() {
        assertThat(ActivityStatusRule.of(PLAIN, List.of())).isInstanceOf(ActivityStatus.NotDone.class);
        assertThat(ActivityStatusRule.of(PLAIN, List.of(AttemptFact.drill(AT))))
                .isInstanceOf(ActivityStatus.Done.class);
        assertThat(ActivityStatusRule.of(PLAIN, List.of(AttemptFact.drill(AT))).grade())
                .isEmpty();
    }

    @Test
    void only_a_drill_with_a_content_note_can_be_skipped() {
        var skipped = List.of(AttemptFact.skipped(AT));

        assertThat(ActivityStatusRule.of(NOTED, skipped)).isInstanceOf(ActivityStatus.Excused.class);
        assertThat(ActivityStatusRule.of(PLAIN, skipped)).isInstanceOf(ActivityStatus.NotDone.class);
        assertThat(ActivityStatusRule.of(NOTED, List.of(AttemptFact.skipped(AT), AttemptFact.drill(AT))))
                .as("practised after all")
                .isInstanceOf(ActivityStatus.Done.class);
        assertThat(ActivityStatusRule.ofAttempt(ActivityKind.DRILL, AttemptFact.skipped(AT)))
                .isInstanceOf(ActivityStatus.Excused.class);
        assertThat(CourseGrading.excusable(NOTED)).isTrue();
        assertThat(CourseGrading.excusable(PLAIN)).isFalse();
    }

    @Test
    void a_drill_never_counts_in_the_grade_even_with_a_weight_written_for_it() {
        Course course = course(CompletionRule.defaults(), new Weights(1, 1, 0, Map.of("d-plain", 3.0)));

        var grade = CourseGrading.of(course, Map.of("q1", new ActivityStatus.Graded(0.8)), Set.of("l1"));

        assertThat(course.grading().weights().of(PLAIN)).isZero();
        assertThat(grade.grade().getAsDouble()).isCloseTo(0.8, within(1e-12));
        assertThat(grade.complete())
                .as("with completion 'graded' a drill is not required")
                .isTrue();
    }

    @Test
    void with_completion_all_a_drill_must_be_practised_or_excused() {
        Course course = course(
                new CompletionRule(CompletionRule.LessonsRead.NONE, CompletionRule.ActivitiesRequired.ALL),
                Weights.defaults());
        var quizDone = Map.<String, ActivityStatus>of("q1", new ActivityStatus.Graded(1.0));

        assertThat(CourseGrading.of(course, quizDone, Set.of()).outstanding()).containsExactly("d-noted", "d-plain");
        var practised = Map.<String, ActivityStatus>of(
                "q1", new ActivityStatus.Graded(1.0),
                "d-plain", new ActivityStatus.Done(),
                "d-noted", new ActivityStatus.Excused());
        var grade = CourseGrading.of(course, practised, Set.of());
        assertThat(grade.complete()).isTrue();
        assertThat(grade.excused()).containsExactly("d-noted");
        assertThat(grade.grade().getAsDouble()).isCloseTo(1.0, within(1e-12));
    }

    private static Course course(CompletionRule completion, Weights weights) {
        Lesson lesson = new Lesson(
                "l1", "Lesson", 10, List.of(new Objective("o1", "Do it.")), List.of(), "", List.of(QUIZ, NOTED, PLAIN));
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
                new GradingPolicy(0.6, weights, completion),
                List.of(),
                List.of());
    }
}
