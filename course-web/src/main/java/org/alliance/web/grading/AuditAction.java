package org.alliance.web.grading;

/** What an audit row records. */
public enum AuditAction {
    RATED_FIRST,
    RATED_SECOND,
    RESOLVED,
    REVISED,
    RELEASED,
    OVERRIDDEN,
    RATER_ADDED
}
