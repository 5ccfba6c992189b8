package org.alliance.web.events;

/** The graded activities that have attempts. */
public enum AttemptKind {
    QUIZ,
    VIGNETTE
}
