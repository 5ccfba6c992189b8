package org.alliance.core.model;

import java.util.Optional;

/** A condition on the alliance meter: at least one bound, both must hold. */
public record MeterCondition(Optional<Integer> atLeast, Optional<Integer> below) {

    public boolean holds(int meter) {
        return atLeast.map(a -> meter >= a).orElse(true)
                && below.map(b -> meter < b).orElse(true);
    }
}
