package org.alliance.core.agreement;

import java.util.OptionalDouble;

/**
 * Cohen's kappa with quadratic weights for two raters on an ordinal scale: 1 − Σ w·observed /
 * Σ w·expected, where w = (i − j)² / (k − 1)² and the expected table is the product of the two
 * raters' marginals. Quadratic weights treat a 1-vs-5 disagreement as far worse than 3-vs-4,
 * as a rubric scale should.
 */
public final class WeightedKappa {

    private WeightedKappa() {}

    /**
     * @param first the first rater's ratings, one per rated answer (and dimension)
     * @param second the second rater's ratings of the same answers, in the same order
     * @param min lowest point of the scale
     * @param max highest point of the scale
     * @return empty when there is nothing to compare or the expected disagreement is zero (both
     *     raters gave one and the same value throughout)
     */
    public static OptionalDouble quadratic(int[] first, int[] second, int min, int max) {
        if (first.length != second.length) {
            throw new IllegalArgumentException("both raters must rate the same answers");
        }
        if (max <= min) {
            throw new IllegalArgumentException("scale needs at least two points");
        }
        int n = first.length;
        if (n == 0) {
            return OptionalDouble.empty();
        }
        int k = max - min + 1;
        var observed = new double[k][k];
        var rowTotals = new double[k];
        var columnTotals = new double[k];
        for (int i = 0; i < n; i++) {
            int a = index(first[i], min, max);
            int b = index(second[i], min, max);
            observed[a][b] += 1.0 / n;
            rowTotals[a] += 1.0 / n;
            columnTotals[b] += 1.0 / n;
        }
        double observedDisagreement = 0;
        double expectedDisagreement = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double weight = (double) (i - j) * (i - j) / ((k - 1) * (k - 1));
                observedDisagreement += weight * observed[i][j];
                expectedDisagreement += weight * rowTotals[i] * columnTotals[j];
            }
        }
        if (expectedDisagreement <= 1e-12) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(1 - observedDisagreement / expectedDisagreement);
    }

    private static int index(int rating, int min, int max) {
        if (rating < min || rating > max) {
            throw new IllegalArgumentException("rating " + rating + " outside " + min + ".." + max);
        }
        return rating - min;
    }
}
