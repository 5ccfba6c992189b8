package org.alliance.core.interop;

import java.util.List;

/**
 * The grades Moodle accepts for an answer, in percent. Its importer (question/format.php with
 * match_grade_options in lib/questionlib.php) refuses any other value to within 0.00001 of a
 * fraction, so a credit such as 0.45 is mapped to the nearest accepted grade, and the export says so.
 */
public final class MoodleFractions {

    /** Positive grades; each is also accepted negated. */
    static final List<Double> POSITIVE = List.of(
            100.0, 90.0, 83.33333, 80.0, 75.0, 70.0, 66.66667, 60.0, 50.0, 40.0, 33.33333, 30.0, 25.0, 20.0, 16.66667,
            14.28571, 12.5, 11.11111, 10.0, 5.0, 0.0);

    /** How close (in percent) a credit must be to a grade to count as exact rather than rounded. */
    static final double EXACT = 0.001;

    private MoodleFractions() {}

    /** The accepted grade nearest to {@code percent} (−100..100); the larger one on a tie. */
    public static double nearest(double percent) {
        double sign = percent < 0 ? -1 : 1;
        double magnitude = Math.min(100, Math.abs(percent));
        double best = 0;
        for (double grade : POSITIVE) {
            if (Math.abs(grade - magnitude) < Math.abs(best - magnitude) - 1e-9) {
                best = grade;
            }
        }
        return best == 0 ? 0 : sign * best;
    }

    /** Whether {@code percent} is itself an accepted grade. */
    public static boolean accepted(double percent) {
        return Math.abs(nearest(percent) - percent) < EXACT;
    }
}
