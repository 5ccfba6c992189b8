package org.alliance.core.scoring.branching;

/** Why a choice cannot be taken. */
public enum Rejection {
    /** The walk has already reached an ending. */
    ALREADY_ENDED,
    /** The current node has no choice with that id. */
    UNKNOWN_CHOICE,
    /** The choice exists but the meter does not allow it ({@code requires}). */
    NOT_AVAILABLE,
    /** No {@code next} branch applies at the meter reached: broken content. */
    NO_BRANCH,
    /** A {@code next} names neither a node nor an ending: broken content. */
    UNKNOWN_TARGET,
    /** An earlier choice of the path given was itself rejected. */
    INVALID_PATH
}
