package org.alliance.core.scoring.vignette;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.alliance.core.model.BestResponseVignette;
import org.alliance.core.model.RateOptionsVignette;
import org.alliance.core.model.RatedOption;
import org.alliance.core.model.RatingScale;
import org.alliance.core.scoring.Correctness;
import org.alliance.core.scoring.ItemResult;
import org.alliance.core.scoring.RatedOptionScoring;

/** Best-response and rate-options vignettes, scored as one item each. */
public final class VignetteScoring {

    private VignetteScoring() {}

    /**
     * The chosen option's fraction of the scale, (mean rating − 1) / 4 on 1..5, over the best option's,
     * so the best available answer earns 1.
     */
    public static ItemResult bestResponse(BestResponseVignette vignette, String optionId, RatingScale scale) {
        return RatedOptionScoring.choose(vignette.id(), vignette.options(), optionId, scale);
    }

    /**
     * 1 − (mean absolute difference between the student's and the reference ratings) / (max − min),
     * which is 1 − mean |difference| / 4 on a 1..5 scale. An option the student left unrated counts
     * as far from its reference as the scale allows. The feedback is every option's rationale.
     *
     * @param ratings option id → the student's rating
     * @throws IllegalArgumentException for a rating outside the scale
     */
    public static ItemResult rateOptions(
            RateOptionsVignette vignette, Map<String, Integer> ratings, RatingScale scale) {
        int range = scale.max() - scale.min();
        if (range <= 0) {
            throw new IllegalArgumentException("a rating scale needs at least two points");
        }
        ratings.forEach((option, rating) -> {
            if (!scale.contains(rating)) {
                throw new IllegalArgumentException(
                        "rating " + rating + " of option " + option + " is outside the scale");
            }
        });
        double differences = 0;
        var rationale = new ArrayList<String>();
        for (RatedOption option : vignette.options()) {
            double reference = option.ratings().mean().orElse(scale.min());
            Integer given = ratings.get(option.id());
            differences += given == null
                    ? Math.max(reference - scale.min(), scale.max() - reference)
                    : Math.abs(given - reference);
            rationale.add(option.rationale());
        }
        double meanDifference = vignette.options().isEmpty()
                ? range
                : differences / vignette.options().size();
        double score = Math.clamp(1 - meanDifference / range, 0.0, 1.0);
        return new ItemResult(vignette.id(), score, 1, Correctness.of(score, 1), rationale, rationale, List.of());
    }
}
