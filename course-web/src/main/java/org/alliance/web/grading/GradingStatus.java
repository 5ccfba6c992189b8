package org.alliance.web.grading;

/** Where an answer stands in the grading queue. */
public enum GradingStatus {
    /** Nobody has rated it. */
    UNGRADED,
    /** One rater has; a second may rate, or the first may release alone (the second rater is optional). */
    AWAITING_SECOND_RATER,
    /** Two raters differ by more than a point (or on safety): a third rating is required before release. */
    NEEDS_RESOLUTION,
    /** Rated and settled, not yet shown to the student. */
    READY,
    /** The student sees the grade. */
    RELEASED
}
