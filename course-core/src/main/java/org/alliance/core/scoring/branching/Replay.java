package org.alliance.core.scoring.branching;

import org.alliance.core.model.Ending;

/** A path of choice ids replayed from the start. */
public sealed interface Replay {

    /** The path is valid and stands at a node. */
    record Playing(Trail trail) implements Replay {}

    /** The path is valid and reached an ending. */
    record Finished(Trail trail, Ending ending, BranchingScore score) implements Replay {}

    /** The choice at {@code step} (0-based) of the path could not be taken. */
    record Broken(int step, Rejection reason, String detail) implements Replay {}
}
