package org.alliance.web.vignette;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alliance.core.grading.AttemptFact;
import org.alliance.web.catalog.CourseStaff;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only vignette results for the people who teach a course: the gradebook and vignette analysis are
 * built from these, so other features never read the vignette tables themselves. Every method asks
 * {@link CourseStaff} first; a course the caller does not teach has no results.
 */
@Service
public class VignetteResults {
    private final VignetteStore store;
    private final CourseStaff staff;

    VignetteResults(VignetteStore store, CourseStaff staff) {
        this.store = store;
        this.staff = staff;
    }

    /**
     * One vignette attempt as a grade sees it; a free-text answer not yet graded has no score.
     *
     * @param answerForRaters it holds a free-text answer, which only a person scores
     */
    public record VignetteRecord(
            String username,
            String vignetteId,
            long versionId,
            Instant startedAt,
            @Nullable Instant finishedAt,
            boolean excused,
            @Nullable Double score,
            boolean safetyFlagged,
            boolean answerForRaters) {

        /** This attempt as the activity status rule reads it. */
        public AttemptFact fact() {
            return new AttemptFact(finishedAt, excused, answerForRaters, score);
        }
    }

    /** What one student answered in their latest finished, not excused attempt at a vignette. */
    public record VignetteAnswer(
            String username,
            long versionId,
            @Nullable String chosenOption,
            Map<String, Integer> ratings,
            List<String> steps) {}

    /** Every attempt of the given students, open and excused ones included, in the order they began. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public List<VignetteRecord> attempts(String courseId, Collection<String> usernames) {
        if (usernames.isEmpty() || !staff.canTeach(courseId)) {
            return List.of();
        }
        return store.records(courseId, usernames);
    }

    /**
     * One student's vignette attempts for the grade an LMS keeps (lti grade passback, which runs as no signed-in
     * user); {@code ArchitectureTest} lets only the gradebook's {@code LmsGrades} call it.
     */
    @Transactional(readOnly = true)
    public List<VignetteRecord> recordsForLms(String courseId, String username) {
        return store.recordsOf(courseId, username);
    }

    /** Every vignette attempt of one student in the course, open ones included, oldest first. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public List<VignetteRecord> attemptsOf(String courseId, String username) {
        if (!staff.canTeach(courseId)) {
            return List.of();
        }
        return store.recordsOf(courseId, username);
    }

    /** Per student, their latest finished attempt that was not skipped: what vignette analysis counts. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public List<VignetteAnswer> latestAnswers(String courseId, String vignetteId) {
        if (!staff.canTeach(courseId)) {
            return List.of();
        }
        List<VignetteStore.Latest> latest = store.latestAnswered(courseId, vignetteId);
        if (latest.isEmpty()) {
            return List.of();
        }
        var steps = store.finishedSteps(courseId, vignetteId);
        return latest.stream()
                .map(l -> new VignetteAnswer(
                        l.username(),
                        l.versionId(),
                        l.option(),
                        l.ratings() == null ? Map.of() : Json.ratings(l.ratings()),
                        steps.getOrDefault(l.id(), List.of())))
                .toList();
    }

    /**
     * A stamp of the course's finished vignette attempts (how many, the largest id): it changes with every
     * attempt finished, and a finished attempt's choices never change.
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public Optional<String> finishedStamp(String courseId) {
        return staff.canTeach(courseId) ? Optional.of(store.finishedStamp(courseId)) : Optional.empty();
    }
}
