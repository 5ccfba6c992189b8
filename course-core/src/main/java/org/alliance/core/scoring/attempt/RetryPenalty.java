package org.alliance.core.scoring.attempt;

/**
 * Interactive behaviour: an item may be answered up to {@code tries} times, and each extra try costs
 * {@code penalty}: score = max(0, raw − penalty × (tries used − 1)).
 */
public final class RetryPenalty {

    private RetryPenalty() {}

    public static double apply(double raw, int triesUsed, double penalty) {
        if (triesUsed < 1) {
            throw new IllegalArgumentException("at least one try is needed for a score");
        }
        return Math.max(0, raw - penalty * (triesUsed - 1));
    }
}
