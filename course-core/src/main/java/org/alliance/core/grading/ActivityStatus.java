package org.alliance.core.grading;

import java.util.OptionalDouble;

/**
 * Where a student stands on one activity: what their course page, their progress and the instructor's
 * gradebook all show, and what the course grade counts. {@link ActivityStatusRule} works it out from the
 * student's attempts; nothing else should.
 */
public sealed interface ActivityStatus {

    /** Not started: no attempt, or none that counts (an attempt closed by skipping, an excuse not allowed). */
    record NotDone() implements ActivityStatus {}

    /** An attempt begun and not finished: still to do, so it counts as not done and scores 0 in the grade. */
    record InProgress() implements ActivityStatus {}

    /** Done, with no grade: a reflection answered. */
    record Done() implements ActivityStatus {}

    /**
     * A free-text answer submitted and waiting for its released grade: done for completion, 0 in the grade
     * until released, and left out of the grade so far.
     */
    record AwaitingGrade() implements ActivityStatus {}

    /** Graded: the activity's grade after {@link AttemptGrading}, a fraction 0..1. */
    record Graded(double score) implements ActivityStatus {
        public Graded {
            if (!(score >= 0 && score <= 1)) {
                throw new IllegalArgumentException("score fraction outside 0..1: " + score);
            }
        }
    }

    /** Skipped because of its content note: left out of the grade and counted as done. */
    record Excused() implements ActivityStatus {}

    /** The grade when graded, else empty. */
    default OptionalDouble grade() {
        return this instanceof Graded graded ? OptionalDouble.of(graded.score()) : OptionalDouble.empty();
    }

    /** Whether this counts as done for completion: anything but not started or in progress. */
    default boolean done() {
        return !(this instanceof NotDone || this instanceof InProgress);
    }
}
