package org.alliance.web.events;

import java.time.Instant;
import org.alliance.core.model.Level;

/**
 * The student rated how hard a drill statement felt, which ends their practice of it in this round.
 *
 * @param difficulty the self-rated difficulty (the name of course-core's {@code Difficulty})
 * @param activeSeconds the active time spent on the statement's tries
 */
public record DrillStatementPractised(
        String username,
        String courseId,
        String drillId,
        String drillTitle,
        String statementId,
        Level level,
        String difficulty,
        long activeSeconds,
        Instant at) {}
