package org.alliance.core.model;

import java.util.List;

/** A typed answer compared, after normalisation, with accepted answers. */
public record ShortText(String id, List<String> objectives, List<String> concepts, String stem,
        List<AcceptedAnswer> accept, Normalisation normalise, String feedbackWrong) implements Item {

    public ShortText {
        objectives = List.copyOf(objectives);
        concepts = List.copyOf(concepts);
        accept = List.copyOf(accept);
    }

    @Override
    public ItemType type() {
        return ItemType.SHORT_TEXT;
    }
}
