package org.alliance.core.model;

import java.util.List;
import java.util.Optional;

/** A typed answer compared, after normalisation, with accepted answers. */
public record ShortText(
        String id,
        List<String> objectives,
        List<String> concepts,
        String stem,
        List<AcceptedAnswer> accept,
        Normalisation normalise,
        String feedbackWrong,
        @HashedWhenPresent Optional<Cognitive> cognitive,
        @HashedWhenPresent Optional<AuditAcceptance> audit)
        implements Item {

    public ShortText {
        objectives = List.copyOf(objectives);
        concepts = List.copyOf(concepts);
        accept = List.copyOf(accept);
    }

    /** Without a cognitive level or accepted audit warnings. */
    public ShortText(
            String id,
            List<String> objectives,
            List<String> concepts,
            String stem,
            List<AcceptedAnswer> accept,
            Normalisation normalise,
            String feedbackWrong) {
        this(id, objectives, concepts, stem, accept, normalise, feedbackWrong, Optional.empty(), Optional.empty());
    }

    @Override
    public ItemType type() {
        return ItemType.SHORT_TEXT;
    }
}
