package org.alliance.web.assessment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alliance.core.model.Quiz;
import org.alliance.core.scoring.attempt.QuizAttemptResult;
import org.alliance.web.catalog.CourseStaff;
import org.alliance.web.catalog.PublishedCourse;
import org.alliance.web.identity.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * After a wrong key is fixed in a new version, teachers may rescore past quiz attempts with that version's
 * keys. Answers name stable item and option ids, so they replay on the new version; every change of score
 * is written to an audit record. Attempts keep pointing at the version they were taken on.
 */
@Service
public class QuizRescoring {
    private final AttemptStore store;
    private final CourseStaff staff;
    private final Clock clock;
    private final CurrentUser currentUser;

    private final AnswerEvents events;

    QuizRescoring(AttemptStore store, CourseStaff staff, Clock clock, CurrentUser currentUser, AnswerEvents events) {
        this.events = events;
        this.store = store;
        this.staff = staff;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    /** One attempt whose score would change, or did. */
    public record Change(String username, String quizId, long takenOnVersion, double oldScore, double newScore) {}

    /** What rescoring with a version's keys would change, without changing anything. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public List<Change> preview(String courseId, long versionId) {
        return changes(courseId, versionId, false);
    }

    /** Rescores and audits every attempt whose score changes; returns what changed. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional
    public List<Change> rescore(String courseId, long versionId) {
        return changes(courseId, versionId, true);
    }

    private List<Change> changes(String courseId, long versionId, boolean apply) {
        Optional<PublishedCourse> target = staff.taughtVersion(courseId, versionId);
        if (target.isEmpty()) {
            return List.of();
        }
        var scale = target.get().course().rubric().scale();
        List<Change> changes = new ArrayList<>();
        for (var row : store.submittedInCourse(courseId)) {
            if (row.versionId() == versionId) {
                continue;
            }
            var quiz = target.get()
                    .course()
                    .activity(row.activityId())
                    .filter(Quiz.class::isInstance)
                    .map(Quiz.class::cast);
            if (quiz.isEmpty()) {
                continue;
            }
            var result = QuizAttemptResult.of(quiz.get(), store.answers(row.id()), scale);
            double rescored = result.score();
            double old = row.score() == null ? 0 : row.score();
            if (Math.abs(rescored - old) > 1e-9) {
                changes.add(new Change(row.username(), row.activityId(), row.versionId(), old, rescored));
                if (apply) {
                    store.rescore(
                            row.id(),
                            rescored,
                            currentUser.require(),
                            row.versionId(),
                            versionId,
                            row.score(),
                            null,
                            clock.instant());
                    events.rescored(row, rescored, result.passed(), null, clock.instant());
                }
            }
        }
        return changes;
    }

    /**
     * After a scoring rule changes (not the keys): every submitted attempt of every course rescored under today's
     * rules with the keys its score stands on (the version it was taken on, or the version a teacher last
     * rescored it with after a key fix), each change written with its audit record, whose reason names the rule.
     * Run once per rule by the start-up upgrade.
     *
     * @return how many attempts changed
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public int rescoreUnderCurrentRules(String reason) {
        Map<Long, Optional<PublishedCourse>> versions = new HashMap<>();
        int changed = 0;
        Map<Long, Long> rescoredWith = store.keysVersions();
        for (var row : store.submittedEverywhere()) {
            long keys = rescoredWith.getOrDefault(row.id(), row.versionId());
            var course = versions.computeIfAbsent(keys, id -> staff.taughtVersion(row.courseId(), id));
            var quiz = course.flatMap(c -> c.course().activity(row.activityId()))
                    .filter(Quiz.class::isInstance)
                    .map(Quiz.class::cast);
            if (quiz.isEmpty()) {
                continue;
            }
            var result = QuizAttemptResult.of(
                    quiz.get(),
                    store.answers(row.id()),
                    course.get().course().rubric().scale());
            double rescored = result.score();
            double old = row.score() == null ? 0 : row.score();
            if (Math.abs(rescored - old) > 1e-9) {
                store.rescore(
                        row.id(), rescored, currentUser.require(), keys, keys, row.score(), reason, clock.instant());
                events.rescored(row, rescored, result.passed(), reason, clock.instant());
                changed++;
            }
        }
        return changed;
    }
}
