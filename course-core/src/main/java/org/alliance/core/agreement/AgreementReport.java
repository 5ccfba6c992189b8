package org.alliance.core.agreement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * How well two raters agreed over a batch of double-rated answers, pooling every (answer,
 * dimension) pair as one rated unit. ICC(2,1) is the headline figure; quadratic-weighted kappa
 * is given alongside because it is common in the rating literature. {@code iccByDimension} shows
 * which rubric dimensions raters read differently.
 */
public record AgreementReport(
        int ratedUnits,
        OptionalDouble icc21,
        OptionalDouble quadraticKappa,
        Map<String, OptionalDouble> iccByDimension) {

    public AgreementReport {
        iccByDimension = Collections.unmodifiableMap(new LinkedHashMap<>(iccByDimension));
    }

    /** A pair of ratings of the same answer by the two raters. */
    public record Pair(RaterRatings first, RaterRatings second) {}

    public static AgreementReport of(List<String> dimensions, int min, int max, List<Pair> pairs) {
        var first = new ArrayList<Integer>();
        var second = new ArrayList<Integer>();
        for (var pair : pairs) {
            for (var dimension : dimensions) {
                first.add(pair.first().rating(dimension));
                second.add(pair.second().rating(dimension));
            }
        }
        int[] a = first.stream().mapToInt(Integer::intValue).toArray();
        int[] b = second.stream().mapToInt(Integer::intValue).toArray();
        var byDimension = new LinkedHashMap<String, OptionalDouble>();
        for (var dimension : dimensions) {
            int[] x = pairs.stream()
                    .mapToInt(pair -> pair.first().rating(dimension))
                    .toArray();
            int[] y = pairs.stream()
                    .mapToInt(pair -> pair.second().rating(dimension))
                    .toArray();
            byDimension.put(dimension, IntraclassCorrelation.icc21(x, y));
        }
        return new AgreementReport(
                a.length, IntraclassCorrelation.icc21(a, b), WeightedKappa.quadratic(a, b, min, max), byDimension);
    }
}
