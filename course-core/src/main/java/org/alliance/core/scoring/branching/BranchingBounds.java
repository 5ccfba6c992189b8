package org.alliance.core.scoring.branching;

import java.util.List;
import java.util.Optional;
import org.alliance.core.model.BranchingVignette;
import org.alliance.core.model.RatingScale;

/**
 * Best and worst possible scores over every walk of the graph with its state (meter, path, open
 * missteps), under the fair path rule: each walk's total divided by the best clean walk's total
 * ({@link BranchingFairness}), 0 for a walk with a safety choice.
 */
public final class BranchingBounds {

    /** Guards against a pathological graph: the search stops beyond this many walks. */
    public static final long MAX_WALKS = 1_000_000;

    private BranchingBounds() {}

    /** @return empty when no walk reaches an ending */
    public static Optional<ScoreRange> of(BranchingVignette vignette, RatingScale scale) {
        var fairness = BranchingFairness.of(vignette, scale);
        var search = new Extremes(fairness);
        Walks.visit(vignette, scale, search);
        if (search.walks == 0) {
            return Optional.empty();
        }
        return Optional.of(new ScoreRange(
                search.best, search.worst, search.bestPath, search.worstPath, search.walks, search.stuck));
    }

    private static final class Extremes implements Walks.Visitor {
        private final BranchingFairness fairness;
        private double best = Double.NEGATIVE_INFINITY;
        private double worst = Double.POSITIVE_INFINITY;
        private double bestTotal = Double.NEGATIVE_INFINITY;
        private double worstTotal = Double.POSITIVE_INFINITY;
        private List<String> bestPath = List.of();
        private List<String> worstPath = List.of();
        private long walks;
        private long stuck;

        Extremes(BranchingFairness fairness) {
            this.fairness = fairness;
        }

        @Override
        public void finished(Walks.Finished walk) {
            walks++;
            double total = walk.total().total();
            double score = walk.total().safety() ? 0 : fairness.score(total);
            // Ties (at 0 for safety choices, or at the clamp) go to the walk with the higher, or lower,
            // total, so the best path shown is the cleanest one.
            if (score > best || (score == best && total > bestTotal)) {
                best = score;
                bestTotal = total;
                bestPath = walk.path();
            }
            if (score < worst || (score == worst && total < worstTotal)) {
                worst = score;
                worstTotal = total;
                worstPath = walk.path();
            }
        }

        @Override
        public void stuck() {
            stuck++;
        }
    }
}
