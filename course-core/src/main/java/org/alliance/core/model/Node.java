package org.alliance.core.model;

import java.util.List;
import java.util.Optional;

/** A client turn in a branching vignette, and the therapist choices offered. */
public record Node(
        String id,
        String client,
        Optional<String> cue,
        List<Choice> choices,
        @HashedWhenPresent Optional<AuditAcceptance> audit) {

    public Node {
        choices = List.copyOf(choices);
    }

    /** Without accepted audit warnings. */
    public Node(String id, String client, Optional<String> cue, List<Choice> choices) {
        this(id, client, cue, choices, Optional.empty());
    }
}
