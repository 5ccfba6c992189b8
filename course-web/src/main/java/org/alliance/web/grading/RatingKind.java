package org.alliance.web.grading;

/** Which slot a rating fills: two raters, a third who resolves, or a change after release. */
public enum RatingKind {
    FIRST,
    SECOND,
    RESOLUTION,
    OVERRIDE
}
