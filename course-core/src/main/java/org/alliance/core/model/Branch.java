package org.alliance.core.model;

import java.util.Optional;

/** One way a choice can lead: to a node or ending id, when the meter condition (if any) holds. */
public record Branch(Optional<MeterCondition> when, String go) {

    public static Branch to(String target) {
        return new Branch(Optional.empty(), target);
    }
}
