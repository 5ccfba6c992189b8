package org.alliance.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgreementTest {

    @Test
    void icc21_matches_shrout_and_fleiss_worked_example() {
        // Shrout & Fleiss (1979), Table 2: six targets, four judges; ICC(2,1) = .29.
        double[][] ratings = {{9, 2, 5, 8}, {6, 1, 3, 2}, {8, 4, 6, 8}, {7, 1, 2, 6}, {10, 5, 6, 9}, {6, 2, 4, 7}};
        // MSR = 11.2417, MSC = 32.4861, MSE = 1.0194: (11.2417 − 1.0194) / (11.2417 + 3 × 1.0194
        // + 4 × (32.4861 − 1.0194) / 6) = 0.2898.
        assertThat(IntraclassCorrelation.icc21(ratings).getAsDouble()).isCloseTo(0.2898, within(1e-4));
    }

    @Test
    void icc21_of_two_raters_matches_the_hand_computed_value() {
        int[] a = {1, 2, 3, 4, 5, 3, 2, 4};
        int[] b = {1, 3, 3, 4, 4, 2, 2, 5};
        // Row means (1, 2.5, 3, 4, 4.5, 2.5, 2, 4.5), grand mean 3: SSR = 2 × 11 = 22, MSR = 22/7.
        // Rater means are both 3: MSC = 0. SST = 24, so SSE = 2 and MSE = 2/7.
        // ICC = (22/7 − 2/7) / (22/7 + 2/7 + 2 × (0 − 2/7) / 8) = 40/47.
        assertThat(IntraclassCorrelation.icc21(a, b).getAsDouble()).isCloseTo(40.0 / 47, within(1e-12));
    }

    @Test
    void quadratic_kappa_matches_the_hand_computed_value() {
        int[] a = {1, 2, 3, 4, 5, 3, 2, 4};
        int[] b = {1, 3, 3, 4, 4, 2, 2, 5};
        // Observed: four one-point disagreements of eight, weight 1/16 each → 1/32. Expected:
        // E[(X − Y)²]/16 with independent marginals = (1.5 + 1.5 + 0²)/16 = 3/16. κ = 1 − (1/32)/(3/16) = 5/6.
        assertThat(WeightedKappa.quadratic(a, b, 1, 5).getAsDouble()).isCloseTo(5.0 / 6, within(1e-12));
    }

    @Test
    void perfect_agreement_gives_one() {
        int[] a = {1, 3, 5, 2};
        assertThat(WeightedKappa.quadratic(a, a, 1, 5).getAsDouble()).isCloseTo(1, within(1e-12));
        assertThat(IntraclassCorrelation.icc21(a, a).getAsDouble()).isCloseTo(1, within(1e-12));
    }

    @Test
    void agreement_report_pools_answers_and_dimensions() {
        var pairs = List.of(
                new AgreementReport.Pair(
                        new RaterRatings("r1", Map.of("d1", 1, "d2", 2)),
                        new RaterRatings("r2", Map.of("d1", 1, "d2", 3))),
                new AgreementReport.Pair(
                        new RaterRatings("r1", Map.of("d1", 3, "d2", 4)),
                        new RaterRatings("r2", Map.of("d1", 3, "d2", 4))),
                new AgreementReport.Pair(
                        new RaterRatings("r1", Map.of("d1", 5, "d2", 3)),
                        new RaterRatings("r2", Map.of("d1", 4, "d2", 2))),
                new AgreementReport.Pair(
                        new RaterRatings("r1", Map.of("d1", 2, "d2", 4)),
                        new RaterRatings("r2", Map.of("d1", 2, "d2", 5))));
        var report = AgreementReport.of(List.of("d1", "d2"), 1, 5, pairs);
        // Pooled, these are exactly the eight pairs of the hand-computed kappa above.
        assertThat(report.ratedUnits()).isEqualTo(8);
        assertThat(report.quadraticKappa().getAsDouble()).isCloseTo(5.0 / 6, within(1e-12));
        assertThat(report.icc21()).isPresent();
        // d1: (1,1) (3,3) (5,4) (2,2); d2: (2,3) (4,4) (3,2) (4,5).
        assertThat(report.iccByDimension()).containsOnlyKeys("d1", "d2");
        assertThat(report.iccByDimension().get("d1").getAsDouble())
                .isGreaterThan(report.iccByDimension().get("d2").getAsDouble());
    }
}
