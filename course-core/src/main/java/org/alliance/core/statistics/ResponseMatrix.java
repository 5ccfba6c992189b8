package org.alliance.core.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Score fractions (0..1) of many attempts at one quiz: one row per attempt, one column per item.
 * An unanswered item is a 0 in its row, so every row has a value for every item.
 */
public record ResponseMatrix(List<String> itemIds, List<List<Double>> rows) {

    public ResponseMatrix {
        itemIds = List.copyOf(itemIds);
        var copied = new ArrayList<List<Double>>(rows.size());
        for (var row : rows) {
            if (row.size() != itemIds.size()) {
                throw new IllegalArgumentException(
                        "row has " + row.size() + " scores for " + itemIds.size() + " items");
            }
            for (double score : row) {
                if (!(score >= 0 && score <= 1)) {
                    throw new IllegalArgumentException("score fraction outside 0..1: " + score);
                }
            }
            copied.add(List.copyOf(row));
        }
        rows = List.copyOf(copied);
    }

    /**
     * Builds the matrix from attempts given as item id → score; an item missing from an attempt
     * scores 0 there, as an unanswered item does.
     */
    public static ResponseMatrix of(List<String> itemIds, List<Map<String, Double>> attempts) {
        var rows = new ArrayList<List<Double>>(attempts.size());
        for (var attempt : attempts) {
            rows.add(itemIds.stream().map(id -> attempt.getOrDefault(id, 0.0)).toList());
        }
        return new ResponseMatrix(itemIds, rows);
    }

    public int responses() {
        return rows.size();
    }

    public int items() {
        return itemIds.size();
    }

    /** The scores every attempt got on one item. */
    public double[] column(int item) {
        var column = new double[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            column[r] = rows.get(r).get(item);
        }
        return column;
    }

    /** Each attempt's total over all items. */
    public double[] totals() {
        var totals = new double[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            double sum = 0;
            for (double score : rows.get(r)) {
                sum += score;
            }
            totals[r] = sum;
        }
        return totals;
    }
}
