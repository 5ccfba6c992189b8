package org.alliance.core.statistics;

import java.util.OptionalDouble;

/** Facility: the mean score fraction on an item (1 = everyone got it fully right). */
public final class Facility {

    private Facility() {}

    public static OptionalDouble of(ResponseMatrix matrix, int item) {
        if (matrix.responses() == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Moments.mean(matrix.column(item)));
    }
}
