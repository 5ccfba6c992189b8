package org.alliance.core.grading;

/** Where a student stands on one activity, as the course grade sees it. */
public sealed interface ActivityStatus {

    /** Not done yet. */
    record NotDone() implements ActivityStatus {}

    /** Done, with no grade: a reflection, or a free-text answer not yet released. */
    record Done() implements ActivityStatus {}

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
}
