package org.alliance.core.scoring.branching;

import java.util.ArrayList;
import java.util.List;
import org.alliance.core.model.BranchingVignette;
import org.alliance.core.model.Ending;
import org.alliance.core.model.RatingScale;

/**
 * Every walk of a branching vignette, by depth-first search with its state (meter, path, open
 * missteps). A walk's score is not a sum over its edges (it is a mean, with repair credit and a
 * safety cap), so no shortcut over node values alone is exact; the graphs are small DAGs, so
 * exhausting them is cheap.
 */
final class Walks {

    /** One finished walk: the choice ids taken, the steps, the ending and its unnormalised score. */
    record Finished(List<String> path, List<Taken> taken, Ending ending, PathTotal total) {}

    /** Receives each finished walk, and each walk that got stuck. */
    interface Visitor {
        void finished(Finished walk);

        default void stuck() {}
    }

    private Walks() {}

    static void visit(BranchingVignette vignette, RatingScale scale, Visitor visitor) {
        new Search(vignette, scale, visitor).walk(Walker.start(vignette), new ArrayList<>());
    }

    private static final class Search {
        private final BranchingVignette vignette;
        private final RatingScale scale;
        private final Visitor visitor;
        private long count;

        Search(BranchingVignette vignette, RatingScale scale, Visitor visitor) {
            this.vignette = vignette;
            this.scale = scale;
            this.visitor = visitor;
        }

        void walk(Trail trail, List<String> path) {
            if (++count > BranchingBounds.MAX_WALKS) {
                throw new IllegalStateException(
                        "more than " + BranchingBounds.MAX_WALKS + " walks through " + vignette.id());
            }
            var ending = vignette.ending(trail.position());
            if (ending.isPresent()) {
                visitor.finished(new Finished(
                        List.copyOf(path), trail.taken(), ending.get(), PathTotal.of(trail.taken(), ending.get())));
                return;
            }
            var node = vignette.node(trail.position());
            if (node.isEmpty()) {
                visitor.stuck();
                return;
            }
            var choices = Walker.available(node.get(), trail.meter());
            if (choices.isEmpty()) {
                visitor.stuck();
                return;
            }
            for (var choice : choices) {
                switch (Walker.advance(vignette, scale, trail, choice.id())) {
                    case Walker.Advance.Moved moved -> {
                        path.add(choice.id());
                        walk(moved.trail(), path);
                        path.removeLast();
                    }
                    case Walker.Advance.Refused refused -> visitor.stuck();
                }
            }
        }
    }
}
