package org.alliance.core.statistics;

/** A reason for an author to look at an item again. */
public enum ItemFlag {
    DISCRIMINATES_POORLY,
    TOO_EASY,
    TOO_HARD
}
