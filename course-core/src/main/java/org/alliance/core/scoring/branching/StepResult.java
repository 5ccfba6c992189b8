package org.alliance.core.scoring.branching;

import java.util.List;
import java.util.Optional;
import org.alliance.core.model.Choice;
import org.alliance.core.model.Ending;
import org.alliance.core.model.Node;

/** What the player shows after the student takes a choice. */
public sealed interface StepResult {

    /**
     * The walk goes on at {@code node}.
     *
     * @param taken the choice just taken, with its node score and the meter change
     * @param feedback the choice's feedback
     * @param misconception the misconception the choice embodies, if any
     * @param meter the meter now
     * @param node the next node: the client's next line and cue
     * @param available the choices the meter allows at {@code node}
     */
    record Continued(
            Taken taken, String feedback, Optional<String> misconception, int meter, Node node, List<Choice> available)
            implements StepResult {
        public Continued {
            available = List.copyOf(available);
        }
    }

    /** The walk reached {@code ending}; {@code score} is the attempt's score. */
    record Ended(
            Taken taken,
            String feedback,
            Optional<String> misconception,
            int meter,
            Ending ending,
            BranchingScore score)
            implements StepResult {}

    /** The choice cannot be taken; nothing changes. */
    record Rejected(Rejection reason, String detail) implements StepResult {}
}
