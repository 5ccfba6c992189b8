package org.alliance.web.gradebook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alliance.core.grading.ActivityStatus;
import org.alliance.core.grading.ActivityStatusRule;
import org.alliance.core.grading.AttemptFact;
import org.alliance.core.grading.CourseGrading;
import org.alliance.core.model.Activity;
import org.alliance.core.model.Course;
import org.alliance.web.assessment.QuizResults.QuizRecord;
import org.alliance.web.gradebook.Gradebook.Cell;
import org.alliance.web.gradebook.Gradebook.StudentRow;
import org.alliance.web.vignette.VignetteResults.VignetteRecord;

/**
 * One student's row of the gradebook from their attempts, by the same rules the student's own pages use:
 * each activity's status by course-core's {@link ActivityStatusRule}, the course grade by course-core.
 */
final class Grades {
    /** The alias a deleted account's rows keep (privacy feature): its scores stay, its name does not. */
    static final String DELETED_PREFIX = "deleted-";

    private Grades() {}

    static StudentRow of(Course course, String username, List<QuizRecord> quizzes, List<VignetteRecord> vignettes) {
        Map<String, List<AttemptFact>> facts = new LinkedHashMap<>();
        quizzes.forEach(
                r -> facts.computeIfAbsent(r.quizId(), k -> new ArrayList<>()).add(r.fact()));
        vignettes.forEach(r ->
                facts.computeIfAbsent(r.vignetteId(), k -> new ArrayList<>()).add(r.fact()));
        Map<String, Cell> cells = new LinkedHashMap<>();
        Map<String, ActivityStatus> statuses = new LinkedHashMap<>();
        for (Activity activity : Gradebook.graded(course)) {
            var status = ActivityStatusRule.of(activity, facts.getOrDefault(activity.id(), List.of()));
            cells.put(activity.id(), new Cell(status));
            statuses.put(activity.id(), status);
        }
        // Lessons read do not change the grade, only completion, which the gradebook does not show.
        var courseGrade = CourseGrading.of(course, statuses, Set.of()).grade();
        return new StudentRow(
                username,
                username.startsWith(DELETED_PREFIX),
                cells,
                courseGrade.isPresent() ? courseGrade.getAsDouble() : null);
    }
}
