package org.alliance.web.assessment;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alliance.core.grading.AttemptFact;
import org.alliance.core.scoring.Response;
import org.alliance.web.catalog.CourseStaff;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only quiz results for the people who teach a course: the gradebook and item analysis are built from
 * these, so other features never read the attempt tables themselves. Every method asks {@link CourseStaff}
 * first; a course the caller does not teach has no results.
 */
@Service
public class QuizResults {
    private final AttemptStore store;
    private final CourseStaff staff;

    QuizResults(AttemptStore store, CourseStaff staff) {
        this.store = store;
        this.staff = staff;
    }

    /** One attempt as a teacher sees it in a grade: no answers, no public id. */
    public record QuizRecord(
            String username,
            String quizId,
            long versionId,
            Instant startedAt,
            @Nullable Instant submittedAt,
            @Nullable Double score) {

        /** This attempt as the activity status rule reads it. */
        public AttemptFact fact() {
            return AttemptFact.quiz(submittedAt, score);
        }
    }

    /** The committed answers of one student's latest submitted attempt at a quiz. */
    public record SubmittedAnswers(String username, long versionId, Map<String, List<Response>> answers) {}

    /** Every attempt of the given students, open ones included, in the order they began. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public List<QuizRecord> attempts(String courseId, Collection<String> usernames) {
        if (usernames.isEmpty() || !staff.canTeach(courseId)) {
            return List.of();
        }
        return store.records(courseId, usernames);
    }

    /** Every attempt of one student at the course's quizzes, open ones included, oldest first. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public List<QuizRecord> attemptsOf(String courseId, String username) {
        if (!staff.canTeach(courseId)) {
            return List.of();
        }
        return store.recordsOf(courseId, username);
    }

    /**
     * One student's quiz attempts for the grade an LMS keeps (lti grade passback, which runs as no signed-in user);
     * {@code ArchitectureTest} lets only the gradebook's {@code LmsGrades} call it.
     */
    @Transactional(readOnly = true)
    public List<QuizRecord> recordsForLms(String courseId, String username) {
        return store.recordsOf(courseId, username);
    }

    /** Per student, the answers of their latest submitted attempt at one quiz: what item analysis counts. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public List<SubmittedAnswers> latestSubmitted(String courseId, String quizId) {
        if (!staff.canTeach(courseId)) {
            return List.of();
        }
        return store.latestSubmittedAnswers(courseId, quizId);
    }

    /**
     * A stamp of the course's submitted attempts (how many, the largest id): it changes with every submission,
     * and a submitted attempt's answers never change, so results built from them stay right while it holds.
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public Optional<String> submittedStamp(String courseId) {
        return staff.canTeach(courseId) ? Optional.of(store.submittedStamp(courseId)) : Optional.empty();
    }
}
