package org.alliance.web.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alliance.core.grading.ActivityStatus;
import org.alliance.core.grading.AttemptGrading;
import org.alliance.core.mastery.Evidence;
import org.alliance.core.model.Course;
import org.alliance.core.model.Quiz;
import org.alliance.core.scoring.attempt.QuizAttemptResult;
import org.alliance.web.catalog.CourseCatalog;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the signed-in student stands on quizzes: each quiz's grade by its method across submitted attempts
 * (for the course page and the course grade) and each item's score (mastery's evidence).
 */
@Service
public class QuizStandings {
    private final AttemptStore store;
    private final CourseCatalog catalog;

    QuizStandings(AttemptStore store, CourseCatalog catalog) {
        this.store = store;
        this.catalog = catalog;
    }

    /** Each item's score in every submitted attempt of the signed-in student: mastery's evidence. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Evidence> evidence() {
        var evidence = new ArrayList<Evidence>();
        for (var row : store.submittedBy(me())) {
            catalog.enrolledVersion(row.courseId(), row.versionId()).ifPresent(p -> quiz(p.course(),
                    row.activityId()).ifPresent(quiz -> {
                var result = QuizAttemptResult.of(quiz, store.answers(row.id()), p.course().rubric().scale());
                for (int i = 0; i < quiz.items().size(); i++) {
                    evidence.add(Evidence.of(row.courseId(), quiz.items().get(i), result.items().get(i).score(),
                            java.util.Objects.requireNonNull(row.submittedAt())));
                }
            }));
        }
        return evidence;
    }

    /** Each quiz of a course the student has submitted, graded by its method across attempts. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<String, ActivityStatus> statuses(String courseId) {
        Map<String, List<Double>> scores = new LinkedHashMap<>();
        Map<String, org.alliance.core.model.GradingMethod> methods = new LinkedHashMap<>();
        var course = catalog.enrolledCourse(courseId);
        if (course.isEmpty()) {
            return Map.of();
        }
        for (var row : store.submittedBy(me())) {
            if (row.courseId().equals(courseId)) {
                quiz(course.get().course(), row.activityId()).ifPresent(q -> {
                    scores.computeIfAbsent(q.id(), k -> new ArrayList<>())
                            .add(row.score() == null ? 0 : row.score());
                    methods.put(q.id(), q.settings().gradingMethod());
                });
            }
        }
        Map<String, ActivityStatus> statuses = new LinkedHashMap<>();
        scores.forEach((quizId, list) -> statuses.put(quizId, new ActivityStatus.Graded(
                AttemptGrading.grade(methods.get(quizId), list).orElse(0))));
        return statuses;
    }

    private static java.util.Optional<Quiz> quiz(Course course, String quizId) {
        return course.activity(quizId).filter(Quiz.class::isInstance).map(Quiz.class::cast);
    }

    private static String me() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }
}
