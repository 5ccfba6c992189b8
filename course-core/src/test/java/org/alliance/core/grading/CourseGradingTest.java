package org.alliance.core.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.alliance.core.model.Activity;
import org.alliance.core.model.BestResponseVignette;
import org.alliance.core.model.CompletionRule;
import org.alliance.core.model.Course;
import org.alliance.core.model.GradingPolicy;
import org.alliance.core.model.Lesson;
import org.alliance.core.model.Quiz;
import org.alliance.core.model.QuizSettings;
import org.alliance.core.model.RatingScale;
import org.alliance.core.model.Reflection;
import org.alliance.core.model.Rubric;
import org.alliance.core.model.Weights;
import org.alliance.core.scoring.SampleItems;
import org.alliance.core.scoring.SampleVignettes;
import org.junit.jupiter.api.Test;

class CourseGradingTest {

    private static final Quiz QUIZ = new Quiz("q1", "Quiz", QuizSettings.defaults(), List.of(SampleItems.bordin()));
    // v2 has a content note, so it may be skipped; v1 has none.
    private static final BestResponseVignette V1 = SampleVignettes.v1();
    private static final BestResponseVignette FINAL = new BestResponseVignette(
            SampleVignettes.header("v6-final-case", Optional.of("Grief.")),
            "c",
            Optional.empty(),
            SampleVignettes.v1().options());
    private static final Reflection REFLECTION = new Reflection("r1", "Reflect", "Think.");

    static Course course(CompletionRule completion) {
        var weights = new Weights(1, 1, 0, Map.of("v6-final-case", 2.0));
        var lessons = List.of(
                new Lesson("l1", "One", 10, List.of(), List.of(), "", List.<Activity>of(QUIZ, V1)),
                new Lesson("l2", "Two", 10, List.of(), List.of(), "", List.<Activity>of(FINAL, REFLECTION)));
        return new Course(
                "c",
                "Course",
                "",
                "",
                "en",
                List.of(),
                "CC-BY-SA-4.0",
                List.of(),
                "",
                "",
                lessons,
                new Rubric(RatingScale.defaults(), List.of()),
                new GradingPolicy(0.6, weights, completion),
                List.of(),
                List.of());
    }

    private static final Course COURSE = course(CompletionRule.defaults());

    @Test
    void the_grade_is_the_weighted_mean_with_per_activity_overrides() {
        var grade = CourseGrading.of(
                COURSE,
                Map.of(
                        "q1", new ActivityStatus.Graded(0.5),
                        "v1-diary-withdrawal", new ActivityStatus.Graded(1.0),
                        "v6-final-case", new ActivityStatus.Graded(0.75)),
                Set.of("l1", "l2"));
        // (1 × 0.5 + 1 × 1 + 2 × 0.75) / 4 = 0.75; the reflection weighs 0.
        assertThat(grade.grade().getAsDouble()).isCloseTo(0.75, within(1e-12));
        assertThat(grade.complete()).isTrue();
        assertThat(grade.passed()).isTrue();
    }

    @Test
    void an_excused_activity_is_left_out_not_counted_as_zero() {
        var grade = CourseGrading.of(
                COURSE,
                Map.of(
                        "q1", new ActivityStatus.Graded(0.5),
                        "v1-diary-withdrawal", new ActivityStatus.Graded(1.0),
                        "v6-final-case", new ActivityStatus.Excused()),
                Set.of("l1", "l2"));
        // (0.5 + 1) / 2 = 0.75, not (0.5 + 1 + 0) / 4.
        assertThat(grade.grade().getAsDouble()).isCloseTo(0.75, within(1e-12));
        assertThat(grade.excused()).containsExactly("v6-final-case");
        assertThat(grade.complete()).isTrue();
    }

    @Test
    void only_an_activity_with_a_content_note_can_be_excused() {
        var grade = CourseGrading.of(
                COURSE,
                Map.of(
                        "q1", new ActivityStatus.Graded(1.0),
                        "v1-diary-withdrawal", new ActivityStatus.Excused(),
                        "v6-final-case", new ActivityStatus.Graded(1.0)),
                Set.of("l1", "l2"));
        // v1 has no content note: it counts as not done, so 0 with weight 1: 3/4.
        assertThat(grade.grade().getAsDouble()).isCloseTo(0.75, within(1e-12));
        assertThat(grade.excused()).isEmpty();
        assertThat(grade.outstanding()).containsExactly("v1-diary-withdrawal");
        assertThat(grade.passed()).isFalse();
    }

    @Test
    void ungraded_activities_count_zero_in_the_grade_but_not_in_the_grade_so_far() {
        var grade = CourseGrading.of(COURSE, Map.of("q1", new ActivityStatus.Graded(0.8)), Set.of());
        assertThat(grade.grade().getAsDouble()).isCloseTo(0.2, within(1e-12));
        assertThat(grade.gradeSoFar().getAsDouble()).isCloseTo(0.8, within(1e-12));
        assertThat(grade.outstanding()).containsExactly("l1", "l2", "v1-diary-withdrawal", "v6-final-case");
    }

    @Test
    void in_progress_is_outstanding_and_a_grade_awaited_is_done_but_scores_zero_until_released() {
        var grade = CourseGrading.of(
                COURSE,
                Map.of(
                        "q1", new ActivityStatus.InProgress(),
                        "v1-diary-withdrawal", new ActivityStatus.AwaitingGrade(),
                        "v6-final-case", new ActivityStatus.Graded(0.9)),
                Set.of("l1", "l2"));
        // (0 + 0 + 1.8) / 4; so far only the graded one: 1.8 / 2.
        assertThat(grade.grade().getAsDouble()).isCloseTo(0.45, within(1e-12));
        assertThat(grade.gradeSoFar().getAsDouble()).isCloseTo(0.9, within(1e-12));
        assertThat(grade.outstanding()).containsExactly("q1");
    }

    @Test
    void completion_rules_decide_what_must_be_done() {
        var allGraded = Map.<String, ActivityStatus>of(
                "q1", new ActivityStatus.Graded(1.0),
                "v1-diary-withdrawal", new ActivityStatus.Graded(1.0),
                "v6-final-case", new ActivityStatus.Graded(1.0));
        var all = course(new CompletionRule(CompletionRule.LessonsRead.NONE, CompletionRule.ActivitiesRequired.ALL));
        assertThat(CourseGrading.of(all, allGraded, Set.of()).outstanding()).containsExactly("r1");
        var withReflection = new HashMap<>(allGraded);
        withReflection.put("r1", new ActivityStatus.Done());
        assertThat(CourseGrading.of(all, withReflection, Set.of()).complete()).isTrue();
        var none = course(new CompletionRule(CompletionRule.LessonsRead.NONE, CompletionRule.ActivitiesRequired.NONE));
        assertThat(CourseGrading.of(none, Map.of(), Set.of()).complete()).isTrue();
        assertThat(CourseGrading.of(none, Map.of(), Set.of()).passed()).isFalse();
    }

    @Test
    void below_the_pass_mark_a_complete_course_is_not_passed() {
        var grade = CourseGrading.of(
                COURSE,
                Map.of(
                        "q1", new ActivityStatus.Graded(0.2),
                        "v1-diary-withdrawal", new ActivityStatus.Graded(0.2),
                        "v6-final-case", new ActivityStatus.Graded(0.9)),
                Set.of("l1", "l2"));
        // (0.2 + 0.2 + 1.8) / 4 = 0.55 < 0.6.
        assertThat(grade.complete()).isTrue();
        assertThat(grade.passed()).isFalse();
    }
}
