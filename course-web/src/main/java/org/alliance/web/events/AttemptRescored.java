package org.alliance.web.events;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An attempt's automatic score changed: a teacher rescored after a key or ratings fix, or a scoring rule changed.
 *
 * @param reason the audit reason (the rule id for a rule upgrade), or null for a teacher's rescoring
 */
public record AttemptRescored(
        String username,
        String courseId,
        String activityId,
        AttemptKind kind,
        String attemptId,
        double scaled,
        @Nullable Boolean passed,
        @Nullable String reason,
        Instant at)
        implements ActivityGradeEvent {}
