package org.alliance.core.model;

import java.util.List;
import java.util.Optional;

/** Any number of correct options. */
public record MultipleResponse(
        String id,
        List<String> objectives,
        List<String> concepts,
        String stem,
        List<ResponseOption> options,
        @HashedWhenPresent Optional<Cognitive> cognitive,
        @HashedWhenPresent Optional<AuditAcceptance> audit)
        implements Item {

    public MultipleResponse {
        objectives = List.copyOf(objectives);
        concepts = List.copyOf(concepts);
        options = List.copyOf(options);
    }

    /** Without a cognitive level or accepted audit warnings. */
    public MultipleResponse(
            String id, List<String> objectives, List<String> concepts, String stem, List<ResponseOption> options) {
        this(id, objectives, concepts, stem, options, Optional.empty(), Optional.empty());
    }

    @Override
    public ItemType type() {
        return ItemType.MULTIPLE_RESPONSE;
    }
}
