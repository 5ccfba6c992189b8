package org.alliance.core.scoring.branching;

import java.util.List;
import java.util.Optional;
import org.alliance.core.model.BranchingVignette;
import org.alliance.core.model.Choice;
import org.alliance.core.model.Node;
import org.alliance.core.model.RatingScale;

/**
 * Plays a branching vignette one choice at a time. Stateless: the caller keeps the path (the choice
 * ids taken so far) and the player replays it, so a step depends only on the vignette and the
 * path, never on a session.
 */
public final class BranchingPlayer {

    /** The first node, the starting meter and the choices it allows. */
    public record Opening(Node node, int meter, List<Choice> available) {
        public Opening {
            available = List.copyOf(available);
        }
    }

    private BranchingPlayer() {}

    public static Opening start(BranchingVignette vignette) {
        var trail = Walker.start(vignette);
        var node = vignette.node(trail.position())
                .orElseThrow(() -> new IllegalArgumentException("start node " + trail.position() + " is missing"));
        return new Opening(node, trail.meter(), Walker.available(node, trail.meter()));
    }

    /** The choices the meter allows at a node (a resumed walk shows these). */
    public static List<Choice> available(Node node, int meter) {
        return Walker.available(node, meter);
    }

    /**
     * The best choice the meter allows at a node: the highest mean rating among the available ones, the first
     * of them on a tie (the author's order). A review shows it beside what the student chose.
     */
    public static Optional<Choice> bestAvailable(Node node, int meter) {
        Optional<Choice> best = Optional.empty();
        double bestMean = Double.NEGATIVE_INFINITY;
        for (Choice choice : Walker.available(node, meter)) {
            double mean = choice.ratings().mean().orElse(Double.NEGATIVE_INFINITY);
            if (best.isEmpty() || mean > bestMean + 1e-9) {
                best = Optional.of(choice);
                bestMean = mean;
            }
        }
        return best;
    }

    /** Replays a whole path of choice ids. */
    public static Replay replay(BranchingVignette vignette, List<String> choiceIds, RatingScale scale) {
        var trail = Walker.start(vignette);
        for (int i = 0; i < choiceIds.size(); i++) {
            var advance = Walker.advance(vignette, scale, trail, choiceIds.get(i));
            switch (advance) {
                case Walker.Advance.Refused refused -> {
                    return new Replay.Broken(i, refused.reason(), refused.detail());
                }
                case Walker.Advance.Moved moved -> trail = moved.trail();
            }
        }
        var ending = vignette.ending(trail.position());
        if (ending.isPresent()) {
            return new Replay.Finished(
                    trail,
                    ending.get(),
                    BranchingScore.of(trail.taken(), ending.get(), BranchingFairness.of(vignette, scale)));
        }
        return new Replay.Playing(trail);
    }

    /**
     * Takes {@code choiceId} after {@code pathSoFar}: the client's next line or the ending, the
     * feedback, the meter change and the next choices; or why it cannot be taken.
     */
    public static StepResult step(
            BranchingVignette vignette, List<String> pathSoFar, String choiceId, RatingScale scale) {
        var replay = replay(vignette, pathSoFar, scale);
        return switch (replay) {
            case Replay.Broken broken ->
                new StepResult.Rejected(
                        Rejection.INVALID_PATH,
                        "step " + broken.step() + ": " + broken.reason() + " " + broken.detail());
            case Replay.Finished finished ->
                new StepResult.Rejected(
                        Rejection.ALREADY_ENDED, finished.ending().id());
            case Replay.Playing playing -> take(vignette, playing.trail(), choiceId, scale);
        };
    }

    private static StepResult take(BranchingVignette vignette, Trail trail, String choiceId, RatingScale scale) {
        return switch (Walker.advance(vignette, scale, trail, choiceId)) {
            case Walker.Advance.Refused refused -> new StepResult.Rejected(refused.reason(), refused.detail());
            case Walker.Advance.Moved moved -> {
                var next = moved.trail();
                var taken = next.taken().getLast();
                var choice = moved.choice();
                var node = vignette.node(next.position());
                if (node.isPresent()) {
                    yield new StepResult.Continued(
                            taken,
                            choice.feedback(),
                            choice.misconception(),
                            next.meter(),
                            node.get(),
                            Walker.available(node.get(), next.meter()));
                }
                var ending = vignette.ending(next.position()).orElseThrow();
                yield new StepResult.Ended(
                        taken,
                        choice.feedback(),
                        choice.misconception(),
                        next.meter(),
                        ending,
                        BranchingScore.of(next.taken(), ending, BranchingFairness.of(vignette, scale)));
            }
        };
    }
}
