package org.alliance.core.model;

/** What a student may see when reviewing an attempt. */
public enum ReviewDetail {
    SCORE,
    CORRECTNESS,
    FEEDBACK,
    RATIONALE,
    KEY
}
