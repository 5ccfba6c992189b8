package org.alliance.core.scoring;

/** How a scored answer is labelled to the student. */
public enum Correctness {
    /** Reached the best score the item allows. */
    CORRECT,
    /** Some credit, but less than the best. */
    PARTIAL,
    /** No credit. */
    INCORRECT;

    /** Tolerance for comparing score fractions computed in floating point. */
    public static final double EPSILON = 1e-9;

    public static Correctness of(double score, double max) {
        if (score >= max - EPSILON) {
            return CORRECT;
        }
        return score <= EPSILON ? INCORRECT : PARTIAL;
    }
}
