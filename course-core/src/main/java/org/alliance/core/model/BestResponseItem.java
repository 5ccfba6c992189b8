package org.alliance.core.model;

import java.util.List;
import java.util.Optional;

/** A quiz item in vignette style: a client statement and rated candidate responses. */
public record BestResponseItem(
        String id,
        List<String> objectives,
        List<String> concepts,
        String stem,
        String client,
        Optional<String> cue,
        List<RatedOption> options,
        @HashedWhenPresent Optional<Cognitive> cognitive,
        @HashedWhenPresent Optional<AuditAcceptance> audit)
        implements Item {

    public BestResponseItem {
        objectives = List.copyOf(objectives);
        concepts = List.copyOf(concepts);
        options = List.copyOf(options);
    }

    /** Without a cognitive level or accepted audit warnings. */
    public BestResponseItem(
            String id,
            List<String> objectives,
            List<String> concepts,
            String stem,
            String client,
            Optional<String> cue,
            List<RatedOption> options) {
        this(id, objectives, concepts, stem, client, cue, options, Optional.empty(), Optional.empty());
    }

    @Override
    public ItemType type() {
        return ItemType.BEST_RESPONSE;
    }
}
