package org.alliance.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ItemAnalysisPropertiesTest {

    @Test
    void statistics_stay_in_their_ranges_and_flags_need_enough_responses() {
        qt().withFixedSeed(20260401L).withExamples(1_000).forAll(longs().all()).checkAssert(seed -> {
            var random = new Random(seed);
            int items = 1 + random.nextInt(6);
            int responses = random.nextInt(40);
            var ids = new ArrayList<String>();
            for (int i = 0; i < items; i++) {
                ids.add("i" + i);
            }
            var rows = new ArrayList<List<Double>>();
            for (int r = 0; r < responses; r++) {
                var row = new ArrayList<Double>();
                for (int i = 0; i < items; i++) {
                    row.add(random.nextInt(5) / 4.0);
                }
                rows.add(row);
            }
            var statistics = ItemAnalysis.of(new ResponseMatrix(ids, rows));
            statistics.alpha().ifPresent(alpha -> assertThat(alpha).isLessThanOrEqualTo(1.0 + 1e-9));
            for (var item : statistics.items()) {
                item.facility().ifPresent(f -> assertThat(f).isBetween(0.0, 1.0));
                item.discrimination().ifPresent(d -> assertThat(d).isBetween(-1.0 - 1e-9, 1.0 + 1e-9));
                if (responses < FlagThresholds.MINIMUM_RESPONSES) {
                    assertThat(item.flags()).isEmpty();
                }
            }
        });
    }
}
