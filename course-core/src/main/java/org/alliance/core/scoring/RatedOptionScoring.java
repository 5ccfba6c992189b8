package org.alliance.core.scoring;

import java.util.List;
import java.util.Optional;
import org.alliance.core.model.RatedOption;
import org.alliance.core.model.RatingScale;

/**
 * Best response (the quiz item and the vignette kind): the chosen option's reference rating as a
 * fraction of the scale, divided by the best option's fraction, so that the best available answer
 * earns full marks even where no option is rated at the top of the scale. A panel's ratings are
 * averaged first, so several raters count equally.
 */
public final class RatedOptionScoring {

    private RatedOptionScoring() {}

    /** The option's reference rating as a fraction of the scale, (r − min) / (max − min). */
    public static double optionScore(RatedOption option, RatingScale scale) {
        return RatingFraction.of(option.ratings(), scale);
    }

    /** The best fraction any option reaches. */
    public static double best(List<RatedOption> options, RatingScale scale) {
        return options.stream().mapToDouble(o -> optionScore(o, scale)).max().orElse(0);
    }

    /** What picking the option scores: its fraction over the best option's (0 when every option is at the floor). */
    public static double normalised(RatedOption option, List<RatedOption> options, RatingScale scale) {
        double best = best(options, scale);
        return best <= Correctness.EPSILON ? 0 : Math.min(1, optionScore(option, scale) / best);
    }

    public static ItemResult choose(String id, List<RatedOption> options, String optionId, RatingScale scale) {
        double best = best(options, scale);
        List<String> rationale = options.stream()
                .filter(o -> optionScore(o, scale) >= best - Correctness.EPSILON)
                .map(RatedOption::rationale)
                .toList();
        Optional<RatedOption> picked =
                options.stream().filter(o -> o.id().equals(optionId)).findFirst();
        return ItemResult.of(
                id,
                picked.map(o -> normalised(o, options, scale)).orElse(0.0),
                best <= Correctness.EPSILON ? 0 : 1,
                picked.map(o -> List.of(o.rationale())).orElse(List.of()),
                rationale,
                picked.flatMap(RatedOption::misconception).stream().toList());
    }
}
