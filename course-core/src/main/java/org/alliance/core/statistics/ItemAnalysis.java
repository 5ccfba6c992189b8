package org.alliance.core.statistics;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.OptionalDouble;

/** Computes {@link QuizStatistics} and raises flags once there are enough responses. */
public final class ItemAnalysis {

    private ItemAnalysis() {}

    public static QuizStatistics of(ResponseMatrix matrix) {
        return of(matrix, FlagThresholds.DEFAULT);
    }

    public static QuizStatistics of(ResponseMatrix matrix, FlagThresholds thresholds) {
        var items = new ArrayList<ItemStatistics>(matrix.items());
        // Once, not once per item: 60 items × 10,000 attempts summed 60 times was a tenth of an analysis.
        double[] totals = matrix.totals();
        for (int i = 0; i < matrix.items(); i++) {
            OptionalDouble facility = Facility.of(matrix, i);
            OptionalDouble discrimination = Discrimination.of(matrix, i, totals);
            items.add(new ItemStatistics(
                    matrix.itemIds().get(i),
                    matrix.responses(),
                    facility,
                    discrimination,
                    flags(matrix.responses(), facility, discrimination, thresholds)));
        }
        return new QuizStatistics(matrix.responses(), items, CronbachAlpha.of(matrix));
    }

    static EnumSet<ItemFlag> flags(
            int responses, OptionalDouble facility, OptionalDouble discrimination, FlagThresholds thresholds) {
        var flags = EnumSet.noneOf(ItemFlag.class);
        if (responses < thresholds.minimumResponses()) {
            return flags;
        }
        if (facility.isPresent() && facility.getAsDouble() > thresholds.tooEasy()) {
            flags.add(ItemFlag.TOO_EASY);
        }
        if (facility.isPresent() && facility.getAsDouble() < thresholds.tooHard()) {
            flags.add(ItemFlag.TOO_HARD);
        }
        if (discrimination.isPresent() && discrimination.getAsDouble() < thresholds.poorDiscrimination()) {
            flags.add(ItemFlag.DISCRIMINATES_POORLY);
        }
        return flags;
    }
}
