package org.alliance.core.model;

/** Difficulty, used to order vignettes from beginner to advanced. */
public enum Level {
    BEGINNER,
    INTERMEDIATE,
    ADVANCED
}
