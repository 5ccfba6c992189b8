package org.alliance.core.statistics;

import java.util.OptionalDouble;

/** Mean, sample variance and Pearson correlation, the only arithmetic item analysis needs. */
final class Moments {

    private Moments() {}

    static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return values.length == 0 ? Double.NaN : sum / values.length;
    }

    /** Sample variance (n − 1); NaN below two values. */
    static double variance(double[] values) {
        if (values.length < 2) {
            return Double.NaN;
        }
        double mean = mean(values);
        double sum = 0;
        for (double v : values) {
            sum += (v - mean) * (v - mean);
        }
        return sum / (values.length - 1);
    }

    /** Empty when either side has no variance: a correlation is then undefined, not zero. */
    static OptionalDouble correlation(double[] x, double[] y) {
        if (x.length != y.length || x.length < 2) {
            return OptionalDouble.empty();
        }
        double mx = mean(x);
        double my = mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        if (sxx <= 1e-12 || syy <= 1e-12) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(sxy / Math.sqrt(sxx * syy));
    }
}
