package org.alliance.core.scoring;

import java.util.List;
import java.util.Optional;
import org.alliance.core.model.RatedOption;
import org.alliance.core.model.RatingScale;

/**
 * Best response (the quiz item and the vignette kind): the chosen option's reference rating as a
 * fraction of the scale. A panel's ratings are averaged first, so several raters count equally.
 */
public final class RatedOptionScoring {

    private RatedOptionScoring() {}

    public static double optionScore(RatedOption option, RatingScale scale) {
        return RatingFraction.of(option.ratings(), scale);
    }

    /** The best score any option gives. */
    public static double best(List<RatedOption> options, RatingScale scale) {
        return options.stream().mapToDouble(o -> optionScore(o, scale)).max().orElse(0);
    }

    public static ItemResult choose(String id, List<RatedOption> options, String optionId, RatingScale scale) {
        double max = best(options, scale);
        List<String> rationale = options.stream()
                .filter(o -> optionScore(o, scale) >= max - Correctness.EPSILON)
                .map(RatedOption::rationale)
                .toList();
        Optional<RatedOption> picked = options.stream().filter(o -> o.id().equals(optionId)).findFirst();
        return ItemResult.of(
                id,
                picked.map(o -> optionScore(o, scale)).orElse(0.0),
                max,
                picked.map(o -> List.of(o.rationale())).orElse(List.of()),
                rationale,
                picked.flatMap(RatedOption::misconception).stream().toList());
    }
}
