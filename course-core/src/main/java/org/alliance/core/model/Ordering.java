package org.alliance.core.model;

import java.util.List;

/** Steps to put in order; {@code steps} is the correct order. */
public record Ordering(String id, List<String> objectives, List<String> concepts, String stem, List<OrderStep> steps,
        String feedback) implements Item {

    public Ordering {
        objectives = List.copyOf(objectives);
        concepts = List.copyOf(concepts);
        steps = List.copyOf(steps);
    }

    @Override
    public ItemType type() {
        return ItemType.ORDERING;
    }
}
