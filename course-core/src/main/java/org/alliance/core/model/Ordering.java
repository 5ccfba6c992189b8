package org.alliance.core.model;

import java.util.List;
import java.util.Optional;

/** Steps to put in order; {@code steps} is the correct order. */
public record Ordering(
        String id,
        List<String> objectives,
        List<String> concepts,
        String stem,
        List<OrderStep> steps,
        String feedback,
        @HashedWhenPresent Optional<Cognitive> cognitive,
        @HashedWhenPresent Optional<AuditAcceptance> audit)
        implements Item {

    public Ordering {
        objectives = List.copyOf(objectives);
        concepts = List.copyOf(concepts);
        steps = List.copyOf(steps);
    }

    /** Without a cognitive level or accepted audit warnings. */
    public Ordering(
            String id,
            List<String> objectives,
            List<String> concepts,
            String stem,
            List<OrderStep> steps,
            String feedback) {
        this(id, objectives, concepts, stem, steps, feedback, Optional.empty(), Optional.empty());
    }

    @Override
    public ItemType type() {
        return ItemType.ORDERING;
    }
}
