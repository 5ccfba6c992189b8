package org.alliance.core.statistics;

import java.util.OptionalDouble;

/**
 * Cronbach's alpha for one quiz: k/(k−1) × (1 − Σ item variances / variance of totals), with
 * sample variances throughout (the n/(n−1) factors cancel in the ratio).
 */
public final class CronbachAlpha {

    private CronbachAlpha() {}

    /** Empty with fewer than two items or attempts, or when totals have no spread. */
    public static OptionalDouble of(ResponseMatrix matrix) {
        int k = matrix.items();
        if (k < 2 || matrix.responses() < 2) {
            return OptionalDouble.empty();
        }
        double itemVariances = 0;
        for (int i = 0; i < k; i++) {
            itemVariances += Moments.variance(matrix.column(i));
        }
        double totalVariance = Moments.variance(matrix.totals());
        if (totalVariance <= 1e-12) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((double) k / (k - 1) * (1 - itemVariances / totalVariance));
    }
}
