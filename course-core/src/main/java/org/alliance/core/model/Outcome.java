package org.alliance.core.model;

/** The state of the relationship at an ending. */
public enum Outcome {
    REPAIRED,
    UNREPAIRED,
    WITHDRAWN,
    NEUTRAL
}
