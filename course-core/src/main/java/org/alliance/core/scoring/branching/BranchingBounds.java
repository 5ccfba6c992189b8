package org.alliance.core.scoring.branching;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.alliance.core.model.BranchingVignette;
import org.alliance.core.model.RatingScale;

/**
 * Best and worst possible scores by depth-first search over every walk of the graph with its state
 * (meter, path, open missteps). The score of a walk is not a sum over its edges (it is a mean,
 * with repair credit and a safety cap), so no shortcut over node values alone is exact; the graphs
 * are small DAGs, so exhausting them is cheap.
 */
public final class BranchingBounds {

    /** Guards against a pathological graph: the search stops counting beyond this many walks. */
    public static final long MAX_WALKS = 1_000_000;

    private BranchingBounds() {}

    /** @return empty when no walk reaches an ending */
    public static Optional<ScoreRange> of(BranchingVignette vignette, RatingScale scale) {
        var search = new Search(vignette, scale);
        search.walk(Walker.start(vignette), new ArrayList<>());
        if (search.walks == 0) {
            return Optional.empty();
        }
        return Optional.of(new ScoreRange(
                search.best, search.worst, search.bestPath, search.worstPath, search.walks, search.stuck));
    }

    private static final class Search {
        private final BranchingVignette vignette;
        private final RatingScale scale;
        private double best = Double.NEGATIVE_INFINITY;
        private double worst = Double.POSITIVE_INFINITY;
        private double bestUncapped = Double.NEGATIVE_INFINITY;
        private double worstUncapped = Double.POSITIVE_INFINITY;
        private List<String> bestPath = List.of();
        private List<String> worstPath = List.of();
        private long walks;
        private long stuck;

        Search(BranchingVignette vignette, RatingScale scale) {
            this.vignette = vignette;
            this.scale = scale;
        }

        void walk(Trail trail, List<String> path) {
            if (walks + stuck >= MAX_WALKS) {
                throw new IllegalStateException("more than " + MAX_WALKS + " walks through " + vignette.id());
            }
            var ending = vignette.ending(trail.position());
            if (ending.isPresent()) {
                var result = BranchingScore.of(trail.taken(), ending.get());
                double score = result.score();
                // Ties (the cap at 1 makes them common) go to the walk with the higher, or lower,
                // total before the cap, so the best path shown is the cleanest one.
                double uncapped = result.meanNodeScore() + result.bonus();
                walks++;
                if (score > best || (score == best && uncapped > bestUncapped)) {
                    best = score;
                    bestUncapped = uncapped;
                    bestPath = List.copyOf(path);
                }
                if (score < worst || (score == worst && uncapped < worstUncapped)) {
                    worst = score;
                    worstUncapped = uncapped;
                    worstPath = List.copyOf(path);
                }
                return;
            }
            var node = vignette.node(trail.position());
            if (node.isEmpty()) {
                stuck++;
                return;
            }
            var choices = Walker.available(node.get(), trail.meter());
            if (choices.isEmpty()) {
                stuck++;
                return;
            }
            for (var choice : choices) {
                switch (Walker.advance(vignette, scale, trail, choice.id())) {
                    case Walker.Advance.Moved moved -> {
                        path.add(choice.id());
                        walk(moved.trail(), path);
                        path.removeLast();
                    }
                    case Walker.Advance.Refused refused -> stuck++;
                }
            }
        }
    }
}
