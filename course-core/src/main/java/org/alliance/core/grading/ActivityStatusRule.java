package org.alliance.core.grading;

import java.util.Comparator;
import java.util.List;
import org.alliance.core.model.Activity;
import org.alliance.core.model.ActivityKind;
import org.alliance.core.model.Drill;
import org.alliance.core.model.GradingMethod;
import org.alliance.core.model.Quiz;
import org.alliance.core.model.Reflection;
import org.alliance.core.model.Vignette;

/**
 * The one rule for where a student stands on an activity, from the facts of their attempts. The student's
 * course page, their progress, the vignette and quiz pages and the instructor's gradebook all ask it, so
 * they cannot disagree.
 *
 * <p>In order, the first that holds:
 * <ol>
 *   <li><b>Graded</b>: finished attempts that carry a score, graded by the activity's method in the order
 *       they finished. A submitted quiz attempt always counts (one without a stored score scores 0); a
 *       vignette attempt counts once it has a score, so a released free-text grade counts and one waiting
 *       does not.
 *   <li><b>Awaiting grade</b>: a finished free-text answer without a released grade.
 *   <li><b>Excused</b>: the student skipped it for its content note. Only an activity with a content note
 *       may be excused ({@link CourseGrading#excusable}); a skip recorded on any other is ignored. A skip
 *       stays in force while a later attempt is open.
 *   <li><b>In progress</b>: an attempt begun and not finished.
 *   <li><b>Not done</b>: nothing else. An attempt finished without an answer or score (one closed by a
 *       skip) does not count.
 * </ol>
 * A reflection is <b>done</b> once it has a saved answer, and not done otherwise. A drill, never graded either,
 * is <b>done</b> once the student has practised at least one statement ({@link AttemptFact#drill}), <b>excused</b>
 * when they skipped it for its content note, and not done otherwise.
 */
public final class ActivityStatusRule {

    private ActivityStatusRule() {}

    /** @param attempts the student's attempts at this activity, in any order */
    public static ActivityStatus of(Activity activity, List<AttemptFact> attempts) {
        return of(activity.kind(), method(activity), CourseGrading.excusable(activity), attempts);
    }

    /**
     * One attempt read on its own, as a list of attempts shows it, where only the activity's kind may be
     * known (the activity may have left the course since): a skip recorded is taken as allowed, since the
     * activity had a content note when the student skipped it.
     */
    public static ActivityStatus ofAttempt(ActivityKind kind, AttemptFact attempt) {
        return of(
                kind,
                GradingMethod.HIGHEST,
                kind == ActivityKind.VIGNETTE || kind == ActivityKind.DRILL,
                List.of(attempt));
    }

    private static ActivityStatus of(
            ActivityKind kind, GradingMethod method, boolean excusable, List<AttemptFact> attempts) {
        if (kind == ActivityKind.REFLECTION) {
            return attempts.stream().anyMatch(AttemptFact::finished)
                    ? new ActivityStatus.Done()
                    : new ActivityStatus.NotDone();
        }
        if (kind == ActivityKind.DRILL) {
            if (attempts.stream().anyMatch(a -> a.finished() && !a.excused())) {
                return new ActivityStatus.Done();
            }
            return excusable && attempts.stream().anyMatch(a -> a.finished() && a.excused())
                    ? new ActivityStatus.Excused()
                    : new ActivityStatus.NotDone();
        }
        List<AttemptFact> counted = attempts.stream()
                .filter(a -> a.finished() && !a.excused())
                .sorted(Comparator.comparing(AttemptFact::finishedAt))
                .toList();
        boolean quiz = kind == ActivityKind.QUIZ;
        List<Double> scores = counted.stream()
                .filter(a -> quiz || a.score() != null)
                .map(a -> a.score() == null ? 0.0 : a.score())
                .toList();
        var grade = AttemptGrading.grade(method, scores);
        if (grade.isPresent()) {
            return new ActivityStatus.Graded(grade.getAsDouble());
        }
        if (counted.stream().anyMatch(a -> a.answerForRaters() && a.score() == null)) {
            return new ActivityStatus.AwaitingGrade();
        }
        if (excusable && attempts.stream().anyMatch(a -> a.finished() && a.excused())) {
            return new ActivityStatus.Excused();
        }
        if (attempts.stream().anyMatch(a -> !a.finished())) {
            return new ActivityStatus.InProgress();
        }
        return new ActivityStatus.NotDone();
    }

    private static GradingMethod method(Activity activity) {
        return switch (activity) {
            case Quiz q -> q.settings().gradingMethod();
            case Vignette v -> v.header().settings().gradingMethod();
            case Reflection r -> GradingMethod.HIGHEST;
            case Drill d -> GradingMethod.HIGHEST;
        };
    }
}
