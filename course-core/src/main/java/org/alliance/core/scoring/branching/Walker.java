package org.alliance.core.scoring.branching;

import java.util.List;
import java.util.Optional;
import org.alliance.core.model.BranchingVignette;
import org.alliance.core.model.Choice;
import org.alliance.core.model.Node;
import org.alliance.core.model.RatingScale;
import org.alliance.core.scoring.RatingFraction;

/**
 * The one place that applies a choice: gating by {@code requires} at the meter before the choice,
 * moving the meter (clamped), then following the first {@code next} branch whose condition holds
 * at the meter after the move, so the client reacts to the relationship as it now is.
 */
final class Walker {

    private Walker() {}

    /** The outcome of trying one choice. */
    sealed interface Advance {
        record Moved(Trail trail, Choice choice) implements Advance {}

        record Refused(Rejection reason, String detail) implements Advance {}
    }

    static Trail start(BranchingVignette vignette) {
        var meter = vignette.alliance();
        return new Trail(vignette.start(), Math.clamp(meter.start(), meter.min(), meter.max()), List.of());
    }

    static List<Choice> available(Node node, int meter) {
        return node.choices().stream()
                .filter(c ->
                        c.requires().map(condition -> condition.holds(meter)).orElse(true))
                .toList();
    }

    static Advance advance(BranchingVignette vignette, RatingScale scale, Trail trail, String choiceId) {
        Optional<Node> node = vignette.node(trail.position());
        if (node.isEmpty()) {
            return vignette.ending(trail.position()).isPresent()
                    ? new Advance.Refused(Rejection.ALREADY_ENDED, trail.position())
                    : new Advance.Refused(Rejection.UNKNOWN_TARGET, trail.position());
        }
        Optional<Choice> choice = node.get().choices().stream()
                .filter(c -> c.id().equals(choiceId))
                .findFirst();
        if (choice.isEmpty()) {
            return new Advance.Refused(Rejection.UNKNOWN_CHOICE, node.get().id() + "/" + choiceId);
        }
        if (!available(node.get(), trail.meter()).contains(choice.get())) {
            return new Advance.Refused(Rejection.NOT_AVAILABLE, node.get().id() + "/" + choiceId);
        }
        var picked = choice.get();
        int meter = vignette.alliance().move(trail.meter(), picked.alliance());
        Optional<String> next = picked.target(meter);
        if (next.isEmpty()) {
            return new Advance.Refused(Rejection.NO_BRANCH, node.get().id() + "/" + choiceId);
        }
        if (vignette.node(next.get()).isEmpty() && vignette.ending(next.get()).isEmpty()) {
            return new Advance.Refused(Rejection.UNKNOWN_TARGET, next.get());
        }
        double mean = picked.ratings().mean().orElse(scale.min());
        var taken = new Taken(
                node.get().id(),
                picked.id(),
                RatingFraction.of(mean, scale),
                Misstep.is(picked, scale),
                picked.repairs(),
                picked.safety(),
                meter - trail.meter());
        return new Advance.Moved(trail.then(taken, next.get(), meter), picked);
    }
}
