package org.alliance.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemAnalysisTest {

    // Five attempts at three right/wrong items, small enough to check by hand.
    private static final ResponseMatrix SMALL = new ResponseMatrix(
            List.of("i1", "i2", "i3"),
            List.of(
                    List.of(1.0, 1.0, 0.0),
                    List.of(1.0, 0.0, 0.0),
                    List.of(1.0, 1.0, 1.0),
                    List.of(0.0, 0.0, 0.0),
                    List.of(1.0, 1.0, 1.0)));

    @Test
    void facility_is_the_mean_score_fraction() {
        assertThat(Facility.of(SMALL, 0).getAsDouble()).isCloseTo(0.8, within(1e-12));
        assertThat(Facility.of(SMALL, 1).getAsDouble()).isCloseTo(0.6, within(1e-12));
        assertThat(Facility.of(SMALL, 2).getAsDouble()).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void discrimination_correlates_the_item_with_the_total_of_the_other_items() {
        // Item 1 = (1,1,1,0,1), rest = (1,0,2,0,2): deviations (.2,.2,.2,-.8,.2) and (0,-1,1,-1,1),
        // Sxy = 1, Sxx = 0.8, Syy = 4, so r = 1 / sqrt(3.2) = sqrt(5) / 4.
        assertThat(Discrimination.of(SMALL, 0).getAsDouble()).isCloseTo(Math.sqrt(5) / 4, within(1e-12));
        assertThat(Discrimination.of(SMALL, 1).getAsDouble()).isCloseTo(0.7637626158, within(1e-9));
        assertThat(Discrimination.of(SMALL, 2).getAsDouble()).isCloseTo(0.6123724357, within(1e-9));
    }

    @Test
    void cronbach_alpha_matches_the_hand_computed_value() {
        // Item variances .2 + .3 + .3 = .8; totals (2,1,3,0,3) have variance 1.7;
        // alpha = 3/2 × (1 − .8/1.7) = 1.35/1.7.
        assertThat(CronbachAlpha.of(SMALL).getAsDouble()).isCloseTo(1.35 / 1.7, within(1e-12));
    }

    @Test
    void discrimination_is_undefined_when_an_item_has_no_spread() {
        var allRight = new ResponseMatrix(List.of("a", "b"), List.of(List.of(1.0, 0.0), List.of(1.0, 1.0)));
        assertThat(Discrimination.of(allRight, 0)).isEmpty();
    }

    @Test
    void no_flag_is_raised_below_twenty_responses() {
        var matrix = matrix(19);
        var statistics = ItemAnalysis.of(matrix);
        assertThat(statistics.items())
                .allSatisfy(item -> assertThat(item.flags()).isEmpty());
    }

    @Test
    void flags_are_raised_from_twenty_responses() {
        var matrix = matrix(20);
        var statistics = ItemAnalysis.of(matrix);
        assertThat(statistics.items().get(0).flags()).contains(ItemFlag.TOO_EASY);
        assertThat(statistics.items().get(1).flags()).contains(ItemFlag.TOO_HARD);
        assertThat(statistics.responses()).isEqualTo(20);
    }

    @Test
    void an_item_unrelated_to_the_rest_discriminates_poorly() {
        var rows = new ArrayList<List<Double>>();
        for (int r = 0; r < 40; r++) {
            double ability = r < 20 ? 1 : 0;
            // Items 1 and 2 follow ability; item 3 alternates regardless of it.
            rows.add(List.of(ability, ability, r % 2 == 0 ? 1.0 : 0.0));
        }
        var statistics = ItemAnalysis.of(new ResponseMatrix(List.of("good", "also-good", "noise"), rows));
        assertThat(statistics.items().get(2).flags()).containsExactly(ItemFlag.DISCRIMINATES_POORLY);
        assertThat(statistics.items().get(0).flags()).isEmpty();
        // The rest of item 1 is ability plus independent noise of equal variance: r = 1/√2.
        assertThat(statistics.items().get(0).discrimination().getAsDouble()).isCloseTo(Math.sqrt(0.5), within(1e-9));
    }

    @Test
    void thresholds_are_named_and_readable() {
        assertThat(FlagThresholds.DEFAULT).isEqualTo(new FlagThresholds(20, 0.2, 0.9, 0.2));
    }

    /** An easy first item (all right but one), a hard second (all wrong but one), a middling third. */
    private static ResponseMatrix matrix(int n) {
        var rows = new ArrayList<List<Double>>();
        for (int r = 0; r < n; r++) {
            rows.add(List.of(r == 0 ? 0.0 : 1.0, r == 0 ? 1.0 : 0.0, r % 2 == 0 ? 1.0 : 0.0));
        }
        return new ResponseMatrix(List.of("easy", "hard", "middle"), rows);
    }
}
