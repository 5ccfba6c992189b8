package org.alliance.core.validation;

/**
 * An ERROR stops a course from loading; a WARNING is shown but does not. ACCEPTED is an
 * assessment-audit warning the author accepted on its element with a written reason: still listed,
 * with the reason, and counted apart from warnings.
 */
public enum Severity {
    ERROR,
    WARNING,
    ACCEPTED
}
