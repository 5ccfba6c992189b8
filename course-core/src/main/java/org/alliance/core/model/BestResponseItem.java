package org.alliance.core.model;

import java.util.List;
import java.util.Optional;

/** A quiz item in vignette style: a client statement and rated candidate responses. */
public record BestResponseItem(String id, List<String> objectives, List<String> concepts, String stem, String client,
        Optional<String> cue, List<RatedOption> options) implements Item {

    public BestResponseItem {
        objectives = List.copyOf(objectives);
        concepts = List.copyOf(concepts);
        options = List.copyOf(options);
    }

    @Override
    public ItemType type() {
        return ItemType.BEST_RESPONSE;
    }
}
