package org.alliance.core.model;

import java.util.List;
import java.util.Optional;

/** Prompts matched to answers; optional distractor answers that match nothing. */
public record Matching(
        String id,
        List<String> objectives,
        List<String> concepts,
        String stem,
        List<MatchPair> pairs,
        List<String> distractors,
        String feedback,
        @HashedWhenPresent Optional<Cognitive> cognitive,
        @HashedWhenPresent Optional<AuditAcceptance> audit)
        implements Item {

    public Matching {
        objectives = List.copyOf(objectives);
        concepts = List.copyOf(concepts);
        pairs = List.copyOf(pairs);
        distractors = List.copyOf(distractors);
    }

    /** Without a cognitive level or accepted audit warnings. */
    public Matching(
            String id,
            List<String> objectives,
            List<String> concepts,
            String stem,
            List<MatchPair> pairs,
            List<String> distractors,
            String feedback) {
        this(id, objectives, concepts, stem, pairs, distractors, feedback, Optional.empty(), Optional.empty());
    }

    @Override
    public ItemType type() {
        return ItemType.MATCHING;
    }
}
