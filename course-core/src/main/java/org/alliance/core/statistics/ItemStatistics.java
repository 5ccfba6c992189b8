package org.alliance.core.statistics;

import java.util.Collections;
import java.util.EnumSet;
import java.util.OptionalDouble;
import java.util.Set;

/** What many attempts say about one item. Facility and discrimination are empty when undefined. */
public record ItemStatistics(
        String itemId, int responses, OptionalDouble facility, OptionalDouble discrimination, Set<ItemFlag> flags) {

    public ItemStatistics {
        // Stable order for display.
        flags = Collections.unmodifiableSet(flags.isEmpty() ? EnumSet.noneOf(ItemFlag.class) : EnumSet.copyOf(flags));
    }
}
