package org.alliance.core.model;

import java.util.List;
import java.util.Optional;

/** A client turn in a branching vignette, and the therapist choices offered. */
public record Node(String id, String client, Optional<String> cue, List<Choice> choices) {

    public Node {
        choices = List.copyOf(choices);
    }
}
