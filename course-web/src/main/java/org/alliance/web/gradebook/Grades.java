package org.alliance.web.gradebook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alliance.core.grading.ActivityStatus;
import org.alliance.core.grading.AttemptGrading;
import org.alliance.core.grading.CourseGrading;
import org.alliance.core.model.Course;
import org.alliance.core.model.FreeTextVignette;
import org.alliance.core.model.Quiz;
import org.alliance.core.model.Vignette;
import org.alliance.web.assessment.QuizResults.QuizRecord;
import org.alliance.web.gradebook.Gradebook.Cell;
import org.alliance.web.gradebook.Gradebook.CellState;
import org.alliance.web.gradebook.Gradebook.StudentRow;
import org.alliance.web.vignette.VignetteResults.VignetteRecord;

/**
 * One student's row of the gradebook from their attempts, by the same rules the student's own progress page
 * uses: each activity graded by its method across finished attempts, the course grade by course-core.
 */
final class Grades {
    /** The alias a deleted account's rows keep (privacy feature): its scores stay, its name does not. */
    static final String DELETED_PREFIX = "deleted-";

    private Grades() {}

    static StudentRow of(Course course, String username, List<QuizRecord> quizzes, List<VignetteRecord> vignettes) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        Map<String, ActivityStatus> statuses = new LinkedHashMap<>();
        for (Quiz quiz : course.quizzes()) {
            List<Double> scores = quizzes.stream().filter(r -> r.quizId().equals(quiz.id()))
                    .map(r -> r.score() == null ? 0.0 : r.score()).toList();
            var grade = AttemptGrading.grade(quiz.settings().gradingMethod(), scores);
            if (grade.isPresent()) {
                cells.put(quiz.id(), new Cell(CellState.GRADED, grade.getAsDouble()));
                statuses.put(quiz.id(), new ActivityStatus.Graded(grade.getAsDouble()));
            } else {
                cells.put(quiz.id(), new Cell(CellState.NONE, null));
            }
        }
        for (Vignette vignette : course.vignettes()) {
            var rows = vignettes.stream().filter(r -> r.vignetteId().equals(vignette.id())).toList();
            List<Double> scores = new ArrayList<>();
            rows.stream().filter(r -> r.score() != null).forEach(r -> scores.add(r.score()));
            var grade = AttemptGrading.grade(vignette.header().settings().gradingMethod(), scores);
            if (grade.isPresent()) {
                cells.put(vignette.id(), new Cell(CellState.GRADED, grade.getAsDouble()));
                statuses.put(vignette.id(), new ActivityStatus.Graded(grade.getAsDouble()));
            } else if (vignette instanceof FreeTextVignette && rows.stream().anyMatch(r -> !r.excused())) {
                cells.put(vignette.id(), new Cell(CellState.AWAITING, null));
                statuses.put(vignette.id(), new ActivityStatus.Done());
            } else if (rows.stream().anyMatch(VignetteRecord::excused)) {
                cells.put(vignette.id(), new Cell(CellState.EXCUSED, null));
                statuses.put(vignette.id(), new ActivityStatus.Excused());
            } else {
                cells.put(vignette.id(), new Cell(CellState.NONE, null));
            }
        }
        // Lessons read do not change the grade, only completion, which the gradebook does not show.
        var courseGrade = CourseGrading.of(course, statuses, Set.of()).grade();
        return new StudentRow(username, username.startsWith(DELETED_PREFIX), cells,
                courseGrade.isPresent() ? courseGrade.getAsDouble() : null);
    }
}
