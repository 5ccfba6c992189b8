package org.alliance.core.scoring.vignette;

import static org.alliance.core.scoring.SampleItems.SCALE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.alliance.core.model.RateOptionsVignette;
import org.alliance.core.model.RatedOption;
import org.alliance.core.model.RaterScores;
import org.alliance.core.model.Ratings;
import org.alliance.core.scoring.DisplayOrder;
import org.alliance.core.scoring.SampleVignettes;
import org.junit.jupiter.api.Test;

class RateOptionsPropertiesTest {

    private static RateOptionsVignette vignette(Random random) {
        var options = new ArrayList<RatedOption>();
        int n = 2 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            var raters = new ArrayList<RaterScores>();
            for (int r = 0; r <= random.nextInt(3); r++) {
                raters.add(new RaterScores("r" + r, Map.of("d1", 1 + random.nextInt(5), "d2", 1 + random.nextInt(5))));
            }
            options.add(new RatedOption("o" + i, "t", new Ratings(raters), "why", Optional.empty()));
        }
        return new RateOptionsVignette(SampleVignettes.header("v", Optional.empty()), "c", Optional.empty(), options);
    }

    @Test
    void a_rate_options_score_lies_in_0_to_1_and_ignores_option_order() {
        qt().withFixedSeed(20260301L)
                .withExamples(2_000)
                .forAll(longs().all(), longs().all())
                .checkAssert((seed, orderSeed) -> {
                    var random = new Random(seed);
                    var vignette = vignette(random);
                    var ratings = new HashMap<String, Integer>();
                    vignette.options().forEach(o -> {
                        if (random.nextInt(6) > 0) {
                            ratings.put(o.id(), 1 + random.nextInt(5));
                        }
                    });
                    double score = VignetteScoring.rateOptions(vignette, ratings, SCALE)
                            .score();
                    assertThat(score).isBetween(0.0, 1.0);
                    var reordered = new RateOptionsVignette(
                            vignette.header(),
                            vignette.client(),
                            vignette.cue(),
                            DisplayOrder.shuffle(vignette.options(), orderSeed, "v"));
                    assertThat(VignetteScoring.rateOptions(reordered, ratings, SCALE)
                                    .score())
                            .isCloseTo(score, within(1e-12));
                });
    }

    @Test
    void rating_each_option_at_its_rounded_reference_never_loses_more_than_half_a_point_each() {
        qt().withFixedSeed(20260302L).withExamples(1_000).forAll(longs().all()).checkAssert(seed -> {
            var vignette = vignette(new Random(seed));
            var ratings = new HashMap<String, Integer>();
            vignette.options()
                    .forEach(o -> ratings.put(
                            o.id(), (int) Math.round(o.ratings().mean().orElseThrow())));
            // Each difference is at most 0.5, so the score is at least 1 − 0.5 / 4.
            assertThat(VignetteScoring.rateOptions(vignette, ratings, SCALE).score())
                    .isGreaterThanOrEqualTo(0.875);
        });
    }
}
