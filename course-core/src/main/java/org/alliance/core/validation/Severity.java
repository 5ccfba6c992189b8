package org.alliance.core.validation;

/** An ERROR stops a course from loading; a WARNING is shown but does not. */
public enum Severity {
    ERROR, WARNING
}
