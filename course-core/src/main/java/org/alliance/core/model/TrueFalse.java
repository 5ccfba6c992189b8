package org.alliance.core.model;

import java.util.List;
import java.util.Optional;

/** A statement that is true or false; feedback for each answer. */
public record TrueFalse(
        String id,
        List<String> objectives,
        List<String> concepts,
        String stem,
        boolean answer,
        Optional<String> misconception,
        String feedbackTrue,
        String feedbackFalse,
        @HashedWhenPresent Optional<Cognitive> cognitive,
        @HashedWhenPresent Optional<AuditAcceptance> audit)
        implements Item {

    public TrueFalse {
        objectives = List.copyOf(objectives);
        concepts = List.copyOf(concepts);
    }

    /** Without a cognitive level or accepted audit warnings. */
    public TrueFalse(
            String id,
            List<String> objectives,
            List<String> concepts,
            String stem,
            boolean answer,
            Optional<String> misconception,
            String feedbackTrue,
            String feedbackFalse) {
        this(
                id,
                objectives,
                concepts,
                stem,
                answer,
                misconception,
                feedbackTrue,
                feedbackFalse,
                Optional.empty(),
                Optional.empty());
    }

    @Override
    public ItemType type() {
        return ItemType.TRUE_FALSE;
    }
}
