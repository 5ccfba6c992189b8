package org.alliance.core.model;

import java.util.List;
import java.util.Optional;

/** One answer; each option carries partial credit 0..1. */
public record SingleChoice(
        String id,
        List<String> objectives,
        List<String> concepts,
        String stem,
        List<CreditOption> options,
        @HashedWhenPresent Optional<Cognitive> cognitive,
        @HashedWhenPresent Optional<AuditAcceptance> audit)
        implements Item {

    public SingleChoice {
        objectives = List.copyOf(objectives);
        concepts = List.copyOf(concepts);
        options = List.copyOf(options);
    }

    /** Without a cognitive level or accepted audit warnings. */
    public SingleChoice(
            String id, List<String> objectives, List<String> concepts, String stem, List<CreditOption> options) {
        this(id, objectives, concepts, stem, options, Optional.empty(), Optional.empty());
    }

    @Override
    public ItemType type() {
        return ItemType.SINGLE_CHOICE;
    }
}
