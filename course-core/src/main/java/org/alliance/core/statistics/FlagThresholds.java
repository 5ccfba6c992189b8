package org.alliance.core.statistics;

/**
 * When an item gets a flag. Below {@code minimumResponses} no flag is raised at all: with a
 * handful of attempts facility and discrimination swing too much to mean anything.
 *
 * @param minimumResponses attempts needed before any flag is raised
 * @param poorDiscrimination discrimination below this is {@link ItemFlag#DISCRIMINATES_POORLY}
 * @param tooEasy facility above this is {@link ItemFlag#TOO_EASY}
 * @param tooHard facility below this is {@link ItemFlag#TOO_HARD}
 */
public record FlagThresholds(int minimumResponses, double poorDiscrimination, double tooEasy, double tooHard) {

    public static final int MINIMUM_RESPONSES = 20;
    public static final double POOR_DISCRIMINATION = 0.2;
    public static final double TOO_EASY = 0.9;
    public static final double TOO_HARD = 0.2;

    /** The thresholds the course uses; the web app reads these to explain a flag. */
    public static final FlagThresholds DEFAULT =
            new FlagThresholds(MINIMUM_RESPONSES, POOR_DISCRIMINATION, TOO_EASY, TOO_HARD);

    public FlagThresholds {
        if (minimumResponses < 1) {
            throw new IllegalArgumentException("minimumResponses must be at least 1");
        }
    }
}
