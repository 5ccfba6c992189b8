package org.alliance.core.agreement;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Whether a free-text answer's score can be shown to the student yet, and if so which score. */
public sealed interface Release {

    /** No instructor has rated the answer. */
    record NotRated() implements Release {}

    /** One instructor has rated; a second, different one must rate before anything is released. */
    record AwaitingSecondRater(String firstRaterId) implements Release {}

    /**
     * The two raters differ by more than one point on these dimensions (or disagree on safety):
     * a third rating settles them.
     */
    record NeedsResolution(List<String> dimensions, boolean safetyDisputed) implements Release {
        public NeedsResolution {
            dimensions = List.copyOf(dimensions);
        }
    }

    /**
     * The score the student sees.
     *
     * @param score fraction 0..1 of the scale, 0 when safety-flagged
     * @param dimensionRatings the rating used per dimension (a mean of two, or the resolution)
     * @param safetyFlagged the answer was judged harmful, which caps the score at 0
     * @param resolved a resolution rating was needed
     */
    record Released(double score, Map<String, Double> dimensionRatings, boolean safetyFlagged, boolean resolved)
            implements Release {
        public Released {
            // Keeps the rubric's dimension order for display.
            dimensionRatings = Collections.unmodifiableMap(new LinkedHashMap<>(dimensionRatings));
        }
    }
}
