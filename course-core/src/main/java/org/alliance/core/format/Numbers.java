package org.alliance.core.format;

import java.math.BigDecimal;

/** One canonical written form for numbers: 1 not 1.0, 0.25 not 2.5E-1. */
final class Numbers {

    private Numbers() {}

    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
