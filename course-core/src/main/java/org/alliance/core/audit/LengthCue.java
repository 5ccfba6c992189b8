package org.alliance.core.audit;

import java.util.Comparator;
import java.util.List;
import org.alliance.core.validation.ProblemCode;

/**
 * The key is the longest option, and clearly so: every key longer than every other option, and the
 * shortest key at least {@link #RATIO} times the mean length of the others. Test-wise students pick
 * the longest option; 1.3 leaves ordinary variation alone and catches a key padded with the
 * qualifications an accurate answer needs.
 */
final class LengthCue {

    /** How much longer than the others' mean a key may be before it stands out. */
    static final double RATIO = 1.3;

    private LengthCue() {}

    static void run(List<OptionSet> sets, Findings found) {
        for (OptionSet set : sets) {
            if (!set.keyStrictlyLongest()) {
                continue;
            }
            double ratio = ratio(set);
            if (ratio >= RATIO) {
                var key = set.keys().stream()
                        .min(Comparator.comparingInt(OptionSet.Option::length))
                        .orElseThrow();
                found.add(
                        ProblemCode.KEY_LONGEST,
                        key.textPath(),
                        "keyLength",
                        Integer.toString(key.length()),
                        "othersMean",
                        Findings.number(othersMean(set)),
                        "ratio",
                        Findings.number(ratio),
                        "limit",
                        Findings.number(RATIO));
            }
        }
    }

    /** The shortest key's length over the mean length of the other options. */
    static double ratio(OptionSet set) {
        double others = othersMean(set);
        int key = set.keys().stream().mapToInt(OptionSet.Option::length).min().orElse(0);
        return others <= 0 ? 0 : key / others;
    }

    /** The mean key length over the mean length of the others, for the course summary. */
    static double meanRatio(OptionSet set) {
        double others = othersMean(set);
        double keys =
                set.keys().stream().mapToInt(OptionSet.Option::length).average().orElse(0);
        return others <= 0 ? 0 : keys / others;
    }

    private static double othersMean(OptionSet set) {
        return set.others().stream()
                .mapToInt(OptionSet.Option::length)
                .average()
                .orElse(0);
    }
}
