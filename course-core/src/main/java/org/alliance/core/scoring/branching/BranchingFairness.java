package org.alliance.core.scoring.branching;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.alliance.core.model.BranchingVignette;
import org.alliance.core.model.RatingScale;

/**
 * What the fair path score rests on. A walk's total (mean node score after repair credit, plus the
 * ending's bonus) is divided by the best total of any clean walk (no {@link Misstep}, no safety
 * choice), so the best clean walk scores exactly 1. A walk with a misstep scores below 1 as long as
 * its total stays below that best clean total; where it does not, the score could not tell the two
 * apart, and the audit reports the graph ({@code misstep-ties-clean}, or {@code no-clean-path} when
 * there is no clean walk at all).
 *
 * @param bestCleanTotal the highest total of a clean walk; empty when there is none
 * @param bestCleanPath a clean walk reaching it (choice ids)
 * @param bestMisstepTotal the highest total of a walk with a misstep and no safety choice
 * @param bestMisstepPath a walk reaching it
 * @param normaliser what totals are divided by: the best clean total, or without a clean walk the
 *     best total of any walk without a safety choice (1 when there is none)
 */
public record BranchingFairness(
        OptionalDouble bestCleanTotal,
        List<String> bestCleanPath,
        OptionalDouble bestMisstepTotal,
        List<String> bestMisstepPath,
        double normaliser) {

    /** Totals closer than this count as equal. */
    static final double TOLERANCE = 1e-9;

    public BranchingFairness {
        bestCleanPath = List.copyOf(bestCleanPath);
        bestMisstepPath = List.copyOf(bestMisstepPath);
    }

    /**
     * Every finished walk's score needs these figures, and a walk is replayed at each step, so they are
     * kept per vignette (weakly: a course version no longer loaded takes its entries with it).
     */
    private static final Map<BranchingVignette, Map<RatingScale, BranchingFairness>> KNOWN =
            Collections.synchronizedMap(new WeakHashMap<>());

    public static BranchingFairness of(BranchingVignette vignette, RatingScale scale) {
        var byScale = KNOWN.computeIfAbsent(vignette, v -> new ConcurrentHashMap<>());
        var known = byScale.get(scale);
        if (known != null) {
            return known;
        }
        var computed = compute(vignette, scale);
        byScale.put(scale, computed);
        return computed;
    }

    private static BranchingFairness compute(BranchingVignette vignette, RatingScale scale) {
        var best = new Best();
        Walks.visit(vignette, scale, best);
        double normaliser =
                best.clean.isPresent() ? best.clean.getAsDouble() : best.any.isPresent() ? best.any.getAsDouble() : 1;
        return new BranchingFairness(
                best.clean, best.cleanPath, best.misstep, best.misstepPath, normaliser > TOLERANCE ? normaliser : 1);
    }

    /** A walk's score from its total: total / normaliser, within 0..1. */
    public double score(double total) {
        return Math.clamp(total / normaliser, 0.0, 1.0);
    }

    public boolean hasCleanWalk() {
        return bestCleanTotal.isPresent();
    }

    /** Whether some walk with a misstep reaches the best clean walk's total, so both would score 1. */
    public boolean misstepTiesClean() {
        return bestCleanTotal.isPresent()
                && bestMisstepTotal.isPresent()
                && bestMisstepTotal.getAsDouble() >= bestCleanTotal.getAsDouble() - TOLERANCE;
    }

    /** The best clean walk's score (1 whenever there is one). */
    public OptionalDouble bestCleanScore() {
        return bestCleanTotal.isPresent()
                ? OptionalDouble.of(score(bestCleanTotal.getAsDouble()))
                : OptionalDouble.empty();
    }

    /** The best score of a walk with a misstep. */
    public OptionalDouble bestMisstepScore() {
        return bestMisstepTotal.isPresent()
                ? OptionalDouble.of(score(bestMisstepTotal.getAsDouble()))
                : OptionalDouble.empty();
    }

    private static final class Best implements Walks.Visitor {
        private OptionalDouble clean = OptionalDouble.empty();
        private OptionalDouble misstep = OptionalDouble.empty();
        private OptionalDouble any = OptionalDouble.empty();
        private List<String> cleanPath = List.of();
        private List<String> misstepPath = List.of();

        @Override
        public void finished(Walks.Finished walk) {
            var total = walk.total();
            if (total.safety()) {
                return;
            }
            double value = total.total();
            if (any.isEmpty() || value > any.getAsDouble()) {
                any = OptionalDouble.of(value);
            }
            if (total.clean() && (clean.isEmpty() || value > clean.getAsDouble())) {
                clean = OptionalDouble.of(value);
                cleanPath = walk.path();
            } else if (!total.clean() && (misstep.isEmpty() || value > misstep.getAsDouble())) {
                misstep = OptionalDouble.of(value);
                misstepPath = walk.path();
            }
        }
    }
}
