package org.alliance.core.grading;

import java.util.ArrayList;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.alliance.core.model.Activity;
import org.alliance.core.model.ActivityKind;
import org.alliance.core.model.CompletionRule;
import org.alliance.core.model.Course;
import org.alliance.core.model.Drill;
import org.alliance.core.model.Vignette;

/**
 * The course grade under the course's grading policy.
 *
 * <ul>
 *   <li>Weight of an activity: its per-activity override, else its kind's weight.
 *   <li>Grade: Σ weight × score / Σ weight over activities with weight &gt; 0 that are not excused;
 *       an activity not yet graded scores 0.
 *   <li>Excused: skipping is allowed only for an activity with a content note (vignettes and drills
 *       may have one); an excused activity leaves both sums, so it neither helps nor hurts. A claimed excuse
 *       for an activity without a content note is treated as not done.
 *   <li>Completion: lessons read ({@code all} or {@code none}) and activities done ({@code all},
 *       including reflections and drills, which weigh nothing; {@code graded}, those with weight &gt; 0;
 *       or {@code none}). Excused counts as done.
 *   <li>Passed: complete and the grade reaches the pass mark.
 * </ul>
 */
public final class CourseGrading {

    private CourseGrading() {}

    /**
     * @param statuses activity id → status; an activity missing here is not done
     * @param lessonsRead ids of the lessons the student has read
     */
    public static CourseGrade of(Course course, Map<String, ActivityStatus> statuses, Set<String> lessonsRead) {
        var policy = course.grading();
        double weighted = 0;
        double weights = 0;
        double weightedSoFar = 0;
        double weightsSoFar = 0;
        var excused = new ArrayList<String>();
        var outstanding = new ArrayList<String>();
        if (policy.completion().lessonsRead() == CompletionRule.LessonsRead.ALL) {
            course.lessons().stream()
                    .filter(lesson -> !lessonsRead.contains(lesson.id()))
                    .forEach(lesson -> outstanding.add(lesson.id()));
        }
        for (Activity activity : course.activities()) {
            ActivityStatus status =
                    effective(activity, statuses.getOrDefault(activity.id(), new ActivityStatus.NotDone()));
            double weight = policy.weights().of(activity);
            if (status instanceof ActivityStatus.Excused) {
                excused.add(activity.id());
            } else if (weight > 0) {
                double score = status instanceof ActivityStatus.Graded graded ? graded.score() : 0;
                weighted += weight * score;
                weights += weight;
                if (status instanceof ActivityStatus.Graded) {
                    weightedSoFar += weight * score;
                    weightsSoFar += weight;
                }
            }
            if (required(activity, weight, policy.completion().activities()) && isOutstanding(status)) {
                outstanding.add(activity.id());
            }
        }
        OptionalDouble grade = weights > 0 ? OptionalDouble.of(weighted / weights) : OptionalDouble.empty();
        OptionalDouble soFar =
                weightsSoFar > 0 ? OptionalDouble.of(weightedSoFar / weightsSoFar) : OptionalDouble.empty();
        boolean complete = outstanding.isEmpty();
        // With nothing weighted there is nothing to fail: completion alone decides.
        boolean passed = complete && (grade.isEmpty() || grade.getAsDouble() >= policy.passMark() - 1e-9);
        return new CourseGrade(grade, soFar, complete, passed, excused, outstanding);
    }

    private static ActivityStatus effective(Activity activity, ActivityStatus claimed) {
        if (claimed instanceof ActivityStatus.Excused && !excusable(activity)) {
            return new ActivityStatus.NotDone();
        }
        return claimed;
    }

    /** Only an activity with a content note may be skipped. */
    public static boolean excusable(Activity activity) {
        return switch (activity) {
            case Vignette vignette -> vignette.contentNote().isPresent();
            case Drill drill -> drill.contentNote().isPresent();
            default -> false;
        };
    }

    private static boolean required(Activity activity, double weight, CompletionRule.ActivitiesRequired rule) {
        return switch (rule) {
            case ALL -> true;
            case GRADED -> weight > 0 && activity.kind() != ActivityKind.REFLECTION;
            case NONE -> false;
        };
    }

    private static boolean isOutstanding(ActivityStatus status) {
        return !status.done();
    }
}
