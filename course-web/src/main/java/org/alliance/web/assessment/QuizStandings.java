package org.alliance.web.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.alliance.core.grading.ActivityStatus;
import org.alliance.core.grading.ActivityStatusRule;
import org.alliance.core.grading.AttemptFact;
import org.alliance.core.mastery.Evidence;
import org.alliance.core.model.Course;
import org.alliance.core.model.Quiz;
import org.alliance.core.scoring.attempt.QuizAttemptResult;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.identity.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
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
    private final CurrentUser currentUser;

    QuizStandings(AttemptStore store, CourseCatalog catalog, CurrentUser currentUser) {
        this.store = store;
        this.catalog = catalog;
        this.currentUser = currentUser;
    }

    /** Each item's score in every submitted attempt of the signed-in student: mastery's evidence. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Evidence> evidence() {
        var evidence = new ArrayList<Evidence>();
        for (var row : store.submittedBy(currentUser.require())) {
            catalog.enrolledVersion(row.courseId(), row.versionId())
                    .ifPresent(p -> quiz(p.course(), row.activityId()).ifPresent(quiz -> {
                        var result = QuizAttemptResult.of(
                                quiz,
                                store.answers(row.id()),
                                p.course().rubric().scale());
                        for (int i = 0; i < quiz.items().size(); i++) {
                            evidence.add(Evidence.of(
                                    row.courseId(),
                                    quiz.items().get(i),
                                    result.items().get(i).score(),
                                    Objects.requireNonNull(row.submittedAt())));
                        }
                    }));
        }
        return evidence;
    }

    /**
     * Where the student stands on each quiz of a course they have begun, by course-core's
     * {@link ActivityStatusRule}: in progress, or graded by its method across submitted attempts.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<String, ActivityStatus> statuses(String courseId) {
        var course = catalog.enrolledCourse(courseId);
        if (course.isEmpty()) {
            return Map.of();
        }
        Map<String, List<AttemptFact>> facts = new LinkedHashMap<>();
        for (var row : store.inCourse(currentUser.require(), courseId)) {
            facts.computeIfAbsent(row.activityId(), k -> new ArrayList<>()).add(row.fact());
        }
        Map<String, ActivityStatus> statuses = new LinkedHashMap<>();
        for (Quiz quiz : course.get().course().quizzes()) {
            var status = ActivityStatusRule.of(quiz, facts.getOrDefault(quiz.id(), List.of()));
            if (!(status instanceof ActivityStatus.NotDone)) {
                statuses.put(quiz.id(), status);
            }
        }
        return statuses;
    }

    private static Optional<Quiz> quiz(Course course, String quizId) {
        return course.activity(quizId).filter(Quiz.class::isInstance).map(Quiz.class::cast);
    }
}
