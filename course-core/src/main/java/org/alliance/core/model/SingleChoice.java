package org.alliance.core.model;

import java.util.List;

/** One answer; each option carries partial credit 0..1. */
public record SingleChoice(String id, List<String> objectives, List<String> concepts, String stem,
        List<CreditOption> options) implements Item {

    public SingleChoice {
        objectives = List.copyOf(objectives);
        concepts = List.copyOf(concepts);
        options = List.copyOf(options);
    }

    @Override
    public ItemType type() {
        return ItemType.SINGLE_CHOICE;
    }
}
