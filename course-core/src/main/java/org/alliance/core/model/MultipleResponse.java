package org.alliance.core.model;

import java.util.List;

/** Any number of correct options. */
public record MultipleResponse(String id, List<String> objectives, List<String> concepts, String stem,
        List<ResponseOption> options) implements Item {

    public MultipleResponse {
        objectives = List.copyOf(objectives);
        concepts = List.copyOf(concepts);
        options = List.copyOf(options);
    }

    @Override
    public ItemType type() {
        return ItemType.MULTIPLE_RESPONSE;
    }
}
