package org.alliance.core.agreement;

import java.util.OptionalDouble;

/**
 * ICC(2,1) of Shrout and Fleiss (1979): two-way random effects, absolute agreement, one rater.
 * With n rated answers and k raters, from the two-way ANOVA mean squares
 * ICC = (MSR − MSE) / (MSR + (k − 1)·MSE + k·(MSC − MSE) / n).
 * This is the statistic the course reports (the ENACT benchmarks it compares against are ICCs);
 * "absolute agreement" matters because a rater who is systematically harsher changes the
 * released score, so that bias must lower the figure.
 */
public final class IntraclassCorrelation {

    private IntraclassCorrelation() {}

    /**
     * @param ratings one row per rated answer, one column per rater; every row the same length
     * @return empty with fewer than two answers or two raters, or when there is no variance at all
     */
    public static OptionalDouble icc21(double[][] ratings) {
        int n = ratings.length;
        if (n < 2) {
            return OptionalDouble.empty();
        }
        int k = ratings[0].length;
        if (k < 2) {
            return OptionalDouble.empty();
        }
        double grand = 0;
        var rowMeans = new double[n];
        var columnMeans = new double[k];
        for (int i = 0; i < n; i++) {
            if (ratings[i].length != k) {
                throw new IllegalArgumentException("every answer needs a rating from every rater");
            }
            for (int j = 0; j < k; j++) {
                rowMeans[i] += ratings[i][j] / k;
                columnMeans[j] += ratings[i][j] / n;
                grand += ratings[i][j] / (n * k);
            }
        }
        double rowsSum = 0;
        for (double mean : rowMeans) {
            rowsSum += (mean - grand) * (mean - grand);
        }
        double columnsSum = 0;
        for (double mean : columnMeans) {
            columnsSum += (mean - grand) * (mean - grand);
        }
        double total = 0;
        for (double[] row : ratings) {
            for (double value : row) {
                total += (value - grand) * (value - grand);
            }
        }
        double ssRows = k * rowsSum;
        double ssColumns = n * columnsSum;
        double ssError = total - ssRows - ssColumns;
        double msRows = ssRows / (n - 1);
        double msColumns = ssColumns / (k - 1);
        double msError = ssError / ((n - 1) * (k - 1));
        double denominator = msRows + (k - 1) * msError + k * (msColumns - msError) / n;
        if (Math.abs(denominator) <= 1e-12) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((msRows - msError) / denominator);
    }

    /** Two raters' ratings of the same answers, as pairs. */
    public static OptionalDouble icc21(int[] first, int[] second) {
        if (first.length != second.length) {
            throw new IllegalArgumentException("both raters must rate the same answers");
        }
        var rows = new double[first.length][];
        for (int i = 0; i < first.length; i++) {
            rows[i] = new double[] {first[i], second[i]};
        }
        return icc21(rows);
    }
}
