package org.alliance.core.statistics;

import java.util.OptionalDouble;

/**
 * Discrimination as the corrected item-total correlation: the Pearson (point-biserial for a 0/1
 * item) correlation between the item's score and each attempt's total over the <em>other</em>
 * items. Leaving the item out of the total keeps it from correlating with itself, which inflates
 * the value on short quizzes. Chosen over upper/lower 27 % groups because it uses every attempt
 * and handles partial credit without cutting the sample.
 */
public final class Discrimination {

    private Discrimination() {}

    /** Empty with fewer than two items or attempts, or when the item or the rest has no spread. */
    public static OptionalDouble of(ResponseMatrix matrix, int item) {
        return of(matrix, item, matrix.totals());
    }

    /** The same with the matrix's {@link ResponseMatrix#totals()} computed once for all its items. */
    static OptionalDouble of(ResponseMatrix matrix, int item, double[] totals) {
        if (matrix.items() < 2) {
            return OptionalDouble.empty();
        }
        double[] scores = matrix.column(item);
        double[] rest = totals.clone();
        for (int r = 0; r < rest.length; r++) {
            rest[r] -= scores[r];
        }
        return Moments.correlation(scores, rest);
    }
}
