package org.alliance.web.events;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An attempt was submitted or finished: by the student, at its time limit or by the expiry job.
 *
 * @param scaled the attempt's score 0..1; null while it waits for a grader (free text) or for a skipped one
 * @param passed whether it reached the pass mark; null where the activity has none
 */
public record AttemptCompleted(
        String username,
        String courseId,
        String activityId,
        String activityTitle,
        AttemptKind kind,
        String attemptId,
        @Nullable Double scaled,
        @Nullable Boolean passed,
        Instant startedAt,
        Instant at)
        implements ActivityGradeEvent {}
