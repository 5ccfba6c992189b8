package org.alliance.core.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.alliance.core.model.CompletionRule;
import org.alliance.core.model.CompletionRule.ActivitiesRequired;
import org.alliance.core.model.CompletionRule.LessonsRead;
import org.alliance.core.model.Course;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The course grade's rules as a table, over {@link CourseGradingTest}'s course: lesson l1 holds quiz q1 (weight 1)
 * and vignette v1 (weight 1, no content note); lesson l2 holds the final case (weight 2, a content note, so it
 * may be excused) and reflection r1 (weight 0). Pass mark 0.6.
 */
class CourseGradingRulesTest {
    private static final String Q = "q1";
    private static final String V = "v1-diary-withdrawal";
    private static final String FINAL = "v6-final-case";
    private static final String R = "r1";
    private static final Set<String> BOTH_READ = Set.of("l1", "l2");
    private static final double NONE = -1;

    static Stream<Arguments> rules() {
        return Stream.of(
                // name, lessons rule, activities rule, statuses, lessons read → grade, so far, complete, passed,
                // outstanding
                row(
                        "everything graded and read",
                        LessonsRead.ALL,
                        ActivitiesRequired.GRADED,
                        Map.of(Q, graded(1), V, graded(1), FINAL, graded(1)),
                        BOTH_READ,
                        1,
                        1,
                        true,
                        true,
                        List.of()),
                row(
                        "exactly at the pass mark passes",
                        LessonsRead.ALL,
                        ActivitiesRequired.GRADED,
                        Map.of(Q, graded(0.6), V, graded(0.6), FINAL, graded(0.6)),
                        BOTH_READ,
                        0.6,
                        0.6,
                        true,
                        true,
                        List.of()),
                row(
                        "just below the pass mark fails",
                        LessonsRead.ALL,
                        ActivitiesRequired.GRADED,
                        Map.of(Q, graded(0.6), V, graded(0.6), FINAL, graded(0.59)),
                        BOTH_READ,
                        0.595,
                        0.595,
                        true,
                        false,
                        List.of()),
                row(
                        "a full grade with a lesson unread is not complete",
                        LessonsRead.ALL,
                        ActivitiesRequired.GRADED,
                        Map.of(Q, graded(1), V, graded(1), FINAL, graded(1)),
                        Set.of("l1"),
                        1,
                        1,
                        false,
                        false,
                        List.of("l2")),
                row(
                        "unread lessons do not matter when none must be read",
                        LessonsRead.NONE,
                        ActivitiesRequired.GRADED,
                        Map.of(Q, graded(1), V, graded(1), FINAL, graded(1)),
                        Set.of(),
                        1,
                        1,
                        true,
                        true,
                        List.of()),
                row(
                        "nothing done: grade 0, nothing so far, all outstanding",
                        LessonsRead.ALL,
                        ActivitiesRequired.GRADED,
                        Map.of(),
                        Set.of(),
                        0,
                        NONE,
                        false,
                        false,
                        List.of("l1", "l2", Q, V, FINAL)),
                row(
                        "done but not graded counts 0 and is not outstanding",
                        LessonsRead.ALL,
                        ActivitiesRequired.GRADED,
                        Map.of(Q, graded(1), V, graded(1), FINAL, done()),
                        BOTH_READ,
                        0.5,
                        1,
                        true,
                        false,
                        List.of()),
                row(
                        "the final case excused leaves the grade and counts as done",
                        LessonsRead.ALL,
                        ActivitiesRequired.GRADED,
                        Map.of(Q, graded(0.6), V, graded(0.8), FINAL, excused()),
                        BOTH_READ,
                        0.7,
                        0.7,
                        true,
                        true,
                        List.of()),
                row(
                        "an excuse claimed without a content note is not done",
                        LessonsRead.ALL,
                        ActivitiesRequired.GRADED,
                        Map.of(Q, graded(1), V, excused(), FINAL, graded(1)),
                        BOTH_READ,
                        0.75,
                        1,
                        false,
                        false,
                        List.of(V)),
                row(
                        "with the final case excused the other two make the grade",
                        LessonsRead.ALL,
                        ActivitiesRequired.GRADED,
                        Map.of(Q, graded(1), V, graded(1), FINAL, excused()),
                        BOTH_READ,
                        1,
                        1,
                        true,
                        true,
                        List.of()),
                row(
                        "all activities required: the reflection is outstanding",
                        LessonsRead.ALL,
                        ActivitiesRequired.ALL,
                        Map.of(Q, graded(1), V, graded(1), FINAL, graded(1)),
                        BOTH_READ,
                        1,
                        1,
                        false,
                        false,
                        List.of(R)),
                row(
                        "all activities required: a written reflection completes it",
                        LessonsRead.ALL,
                        ActivitiesRequired.ALL,
                        Map.of(Q, graded(1), V, graded(1), FINAL, graded(1), R, done()),
                        BOTH_READ,
                        1,
                        1,
                        true,
                        true,
                        List.of()),
                row(
                        "nothing required: complete at once, but a grade of 0 fails",
                        LessonsRead.NONE,
                        ActivitiesRequired.NONE,
                        Map.of(),
                        Set.of(),
                        0,
                        NONE,
                        true,
                        false,
                        List.of()),
                row(
                        "nothing required: the grade alone decides",
                        LessonsRead.NONE,
                        ActivitiesRequired.NONE,
                        Map.of(FINAL, graded(1)),
                        Set.of(),
                        0.5,
                        1,
                        true,
                        false,
                        List.of()),
                row(
                        "the weight-2 final case carries the grade over the pass mark",
                        LessonsRead.NONE,
                        ActivitiesRequired.NONE,
                        Map.of(Q, graded(0.4), V, graded(0), FINAL, graded(1)),
                        Set.of(),
                        0.6,
                        0.6,
                        true,
                        true,
                        List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void the_course_grade_follows_its_rules(
            String rule,
            CompletionRule completion,
            Map<String, ActivityStatus> statuses,
            Set<String> read,
            double grade,
            double soFar,
            boolean complete,
            boolean passed,
            List<String> outstanding) {
        CourseGrade result = CourseGrading.of(CourseGradingTest.course(completion), statuses, read);

        if (grade == NONE) {
            assertThat(result.grade()).as("grade").isEmpty();
        } else {
            assertThat(result.grade().orElseThrow()).as("grade").isCloseTo(grade, within(1e-9));
        }
        if (soFar == NONE) {
            assertThat(result.gradeSoFar()).as("grade so far").isEmpty();
        } else {
            assertThat(result.gradeSoFar().orElseThrow()).as("grade so far").isCloseTo(soFar, within(1e-9));
        }
        assertThat(result.complete()).as("complete").isEqualTo(complete);
        assertThat(result.passed()).as("passed").isEqualTo(passed);
        assertThat(result.outstanding()).as("outstanding").containsExactlyElementsOf(outstanding);
    }

    @Test
    void any_mix_of_statuses_keeps_the_invariants() {
        List<String> activities = List.of(Q, V, FINAL, R);
        qt().withFixedSeed(20261213L).withExamples(2_000).forAll(longs().all()).checkAssert(seed -> {
            var random = new Random(seed);
            var statuses = new HashMap<String, ActivityStatus>();
            for (String id : activities) {
                switch (random.nextInt(5)) {
                    case 0 -> {}
                    case 1 -> statuses.put(id, new ActivityStatus.NotDone());
                    case 2 -> statuses.put(id, done());
                    case 3 -> statuses.put(id, excused());
                    default -> statuses.put(id, graded(random.nextInt(101) / 100.0));
                }
            }
            var rules = new CompletionRule(
                    LessonsRead.values()[random.nextInt(2)], ActivitiesRequired.values()[random.nextInt(3)]);
            Course course = CourseGradingTest.course(rules);
            Set<String> read = random.nextBoolean() ? BOTH_READ : Set.of("l1");

            CourseGrade grade = CourseGrading.of(course, statuses, read);

            grade.grade().ifPresent(g -> assertThat(g).as("seed %d", seed).isBetween(0.0, 1.0));
            grade.gradeSoFar().ifPresent(g -> assertThat(g).as("seed %d", seed).isBetween(0.0, 1.0));
            if (grade.grade().isPresent() && grade.gradeSoFar().isPresent()) {
                assertThat(grade.grade().getAsDouble())
                        .as("ungraded work only lowers the grade, seed %d", seed)
                        .isLessThanOrEqualTo(grade.gradeSoFar().getAsDouble() + 1e-12);
            }
            assertThat(!grade.passed() || grade.complete())
                    .as("passed implies complete, seed %d", seed)
                    .isTrue();
            assertThat(grade.complete())
                    .as("seed %d", seed)
                    .isEqualTo(grade.outstanding().isEmpty());
            assertThat(grade.excused())
                    .as("seed %d", seed)
                    .noneMatch(grade.outstanding()::contains)
                    .allMatch(id -> id.equals(FINAL), "only the case with a content note is excused");
        });
    }

    private static Arguments row(
            String rule,
            LessonsRead lessons,
            ActivitiesRequired activities,
            Map<String, ActivityStatus> statuses,
            Set<String> read,
            double grade,
            double soFar,
            boolean complete,
            boolean passed,
            List<String> outstanding) {
        return Arguments.of(
                rule,
                new CompletionRule(lessons, activities),
                statuses,
                read,
                grade,
                soFar,
                complete,
                passed,
                outstanding);
    }

    private static ActivityStatus graded(double score) {
        return new ActivityStatus.Graded(score);
    }

    private static ActivityStatus done() {
        return new ActivityStatus.Done();
    }

    private static ActivityStatus excused() {
        return new ActivityStatus.Excused();
    }
}
