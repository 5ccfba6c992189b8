package org.alliance.core.model;

import java.util.List;
import java.util.Optional;

/** A statement that is true or false; feedback for each answer. */
public record TrueFalse(String id, List<String> objectives, List<String> concepts, String stem, boolean answer,
        Optional<String> misconception, String feedbackTrue, String feedbackFalse) implements Item {

    public TrueFalse {
        objectives = List.copyOf(objectives);
        concepts = List.copyOf(concepts);
    }

    @Override
    public ItemType type() {
        return ItemType.TRUE_FALSE;
    }
}
