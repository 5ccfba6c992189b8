package org.alliance.core.model;

/** Which attempt's score counts when several are allowed. */
public enum GradingMethod {
    HIGHEST,
    LAST,
    FIRST,
    AVERAGE
}
