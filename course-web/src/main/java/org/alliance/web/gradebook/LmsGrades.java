package org.alliance.web.gradebook;

import java.util.Optional;
import org.alliance.core.grading.ActivityStatus;
import org.alliance.web.assessment.QuizResults;
import org.alliance.web.catalog.LmsEnrolment;
import org.alliance.web.vignette.VignetteResults;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One student's standing on one activity exactly as the gradebook computes it (course-core's grading policy over
 * every attempt, not one attempt's score), for the copy an LMS keeps: the lti feature's grade passback, which runs
 * as no signed-in user. {@code ArchitectureTest} lets only the lti feature call it.
 */
@Service
public class LmsGrades {
    private final LmsEnrolment courses;
    private final QuizResults quizzes;
    private final VignetteResults vignettes;

    LmsGrades(LmsEnrolment courses, QuizResults quizzes, VignetteResults vignettes) {
        this.courses = courses;
        this.quizzes = quizzes;
        this.vignettes = vignettes;
    }

    /** The activity's status for the student, empty when the course or activity is unknown or not graded. */
    @Transactional(readOnly = true)
    public Optional<ActivityStatus> status(String courseId, String username, String activityId) {
        var course = courses.latest(courseId);
        if (course.isEmpty()) {
            return Optional.empty();
        }
        var row = Grades.of(
                course.get().course(),
                username,
                quizzes.recordsForLms(courseId, username),
                vignettes.recordsForLms(courseId, username));
        return Optional.ofNullable(row.cells().get(activityId)).map(Gradebook.Cell::status);
    }
}
