package org.alliance.web.lti;

import java.time.Clock;
import org.alliance.core.grading.ActivityStatus;
import org.alliance.web.events.ActivityGradeEvent;
import org.alliance.web.gradebook.LmsGrades;
import org.alliance.web.lti.GradeOutboxStore.Pending;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Assignment and Grade Services, first half: when a student's grade on an activity may have changed, and that
 * activity is linked from an LMS line item the student launched from, the grade as the gradebook computes it is
 * queued in the outbox in the same transaction as the change (so a change that commits is never lost, and one that
 * rolls back is never sent). {@link GradeSender} sends it.
 */
@Component
class GradePassback {
    private static final Logger log = LoggerFactory.getLogger(GradePassback.class);
    static final double MAXIMUM = 100;

    private final LinkStore links;
    private final LmsGrades grades;
    private final GradeOutboxStore outbox;
    private final Clock clock;

    GradePassback(LinkStore links, LmsGrades grades, GradeOutboxStore outbox, Clock clock) {
        this.links = links;
        this.grades = grades;
        this.outbox = outbox;
        this.clock = clock;
    }

    @EventListener
    void on(ActivityGradeEvent event) {
        try {
            queue(event);
        } catch (DataAccessException e) {
            // The database refused: the change itself cannot commit either (one transaction), so say so.
            throw e;
        } catch (RuntimeException e) {
            // A fault in working out the grade must not cost the student the work being saved; the LMS keeps its
            // last grade, and the next change queues a fresh one.
            log.error(
                    "Grade for {} in {}/{} not queued for the LMS",
                    event.username(),
                    event.courseId(),
                    event.activityId(),
                    e);
        }
    }

    private void queue(ActivityGradeEvent event) {
        var lineItems = links.gradedLinks(event.courseId(), event.activityId()).stream()
                .filter(link -> link.lineItemUrl() != null)
                .toList();
        if (lineItems.isEmpty()) {
            return;
        }
        // The grade is the student's, whichever LMS links to the activity: worked out once for all of them.
        var score = grades.status(event.courseId(), event.username(), event.activityId())
                .map(GradePassback::score)
                .orElse(null);
        if (score == null) {
            return;
        }
        for (var link : lineItems) {
            var sub = links.sub(link.platformId(), event.username());
            String lineItem = link.lineItemUrl();
            if (sub.isEmpty() || lineItem == null) {
                continue;
            }
            outbox.enqueue(new Pending(
                    0,
                    link.platformId(),
                    lineItem,
                    sub.get(),
                    event.username(),
                    event.courseId(),
                    event.activityId(),
                    score.given(),
                    MAXIMUM,
                    score.activityProgress(),
                    score.gradingProgress(),
                    clock.instant(),
                    0,
                    clock.instant(),
                    null,
                    null));
        }
    }

    /** An AGS score: given out of {@link #MAXIMUM}, with the activity and grading progress AGS 2.0 names. */
    record Score(@Nullable Double given, String activityProgress, String gradingProgress) {}

    static @Nullable Score score(ActivityStatus status) {
        return switch (status) {
            case ActivityStatus.Graded g ->
                new Score(Math.round(g.score() * 10000) / 100.0, "Completed", "FullyGraded");
            case ActivityStatus.AwaitingGrade a -> new Score(null, "Submitted", "PendingManual");
            case ActivityStatus.InProgress i -> new Score(null, "InProgress", "NotReady");
            default -> null;
        };
    }
}
