package org.alliance.core.model;

import java.util.List;

/** Prompts matched to answers; optional distractor answers that match nothing. */
public record Matching(String id, List<String> objectives, List<String> concepts, String stem, List<MatchPair> pairs,
        List<String> distractors, String feedback) implements Item {

    public Matching {
        objectives = List.copyOf(objectives);
        concepts = List.copyOf(concepts);
        pairs = List.copyOf(pairs);
        distractors = List.copyOf(distractors);
    }

    @Override
    public ItemType type() {
        return ItemType.MATCHING;
    }
}
