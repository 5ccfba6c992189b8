package org.alliance.web.vignette;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.alliance.core.model.BranchingVignette;
import org.alliance.core.model.Choice;
import org.alliance.core.model.Course;
import org.alliance.core.model.Node;
import org.alliance.core.scoring.branching.BranchingPlayer;
import org.alliance.core.scoring.branching.Misstep;
import org.alliance.core.scoring.branching.RepairCredit;
import org.alliance.core.scoring.branching.Replay;
import org.alliance.web.vignette.AfterActionReview.ChoiceReview;
import org.alliance.web.vignette.AfterActionReview.DimensionRating;
import org.alliance.web.vignette.AfterActionReview.MisstepReview;
import org.alliance.web.vignette.AfterActionReview.TurnReview;

/**
 * Lays out a finished branching path turn by turn. course-core replays the path (meter, gating, missteps) and pairs
 * each repair with the misstep it mended; this only arranges what it says for reading.
 */
final class AfterActionReviewer {
    private AfterActionReviewer() {}

    /** What the review needs to know about the attempt besides its path. */
    record Attempt(String publicId, String courseId, Optional<Double> score, boolean safetyFlagged) {}

    /** The review of a path that reached an ending; empty if the path no longer replays to one. */
    static Optional<AfterActionReview> of(
            Course course, BranchingVignette vignette, Attempt attempt, List<String> path, boolean mayPractise) {
        var scale = course.rubric().scale();
        if (!(BranchingPlayer.replay(vignette, path, scale) instanceof Replay.Finished finished)) {
            return Optional.empty();
        }
        var taken = finished.trail().taken();
        int[] repairedBy = RepairCredit.repairedBy(taken);
        List<Integer> meter = new ArrayList<>();
        meter.add(BranchingPlayer.start(vignette).meter());
        List<TurnReview> turns = new ArrayList<>();
        List<MisstepReview> missteps = new ArrayList<>();
        for (int i = 0; i < taken.size(); i++) {
            var step = taken.get(i);
            Node node = vignette.node(step.nodeId()).orElseThrow();
            int before = meter.getLast();
            int after = before + step.meterChange();
            meter.add(after);
            Choice chosen = VignettePresenter.choice(node, step.choiceId());
            var others = BranchingPlayer.available(node, before).stream()
                    .filter(c -> !c.id().equals(chosen.id()))
                    .map(c -> review(course, vignette, c))
                    .toList();
            boolean repaired = false;
            for (int by : repairedBy) {
                repaired |= by == i;
            }
            turns.add(new TurnReview(
                    i + 1,
                    node.id(),
                    node.client(),
                    node.cue(),
                    review(course, vignette, chosen),
                    before,
                    after,
                    others,
                    BranchingPlayer.bestAvailable(node, before).map(c -> review(course, vignette, c)),
                    step.misstep(),
                    step.safety(),
                    repaired));
        }
        for (int i = 0; i < taken.size(); i++) {
            if (!taken.get(i).misstep()) {
                continue;
            }
            int by = repairedBy[i];
            missteps.add(new MisstepReview(
                    i + 1,
                    turns.get(i).chosen().text(),
                    by < 0 ? OptionalInt.empty() : OptionalInt.of(by + 1),
                    by < 0
                            ? Optional.empty()
                            : Optional.of(turns.get(by).chosen().text())));
        }
        var ending = finished.ending();
        return Optional.of(new AfterActionReview(
                attempt.publicId(),
                attempt.courseId(),
                vignette.id(),
                vignette.title(),
                vignette.header().persona(),
                attempt.score(),
                attempt.safetyFlagged(),
                turns,
                missteps,
                meter,
                vignette.alliance().min(),
                vignette.alliance().max(),
                new AfterActionReview.Ending(ending.id(), ending.outcome(), ending.client(), ending.summary()),
                mayPractise));
    }

    /** A choice with its ratings on the vignette's dimensions first, in the vignette's order, then any others. */
    static ChoiceReview review(Course course, BranchingVignette vignette, Choice choice) {
        var scale = course.rubric().scale();
        var ratings = choice.ratings();
        List<String> order = new ArrayList<>(vignette.dimensions());
        ratings.dimensions().stream().filter(d -> !order.contains(d)).forEach(order::add);
        List<DimensionRating> shown = new ArrayList<>();
        for (String id : order) {
            ratings.mean(id)
                    .ifPresent(m -> shown.add(new DimensionRating(
                            id, course.rubric().dimension(id).map(d -> d.name()).orElse(id), m)));
        }
        return new ChoiceReview(
                choice.id(),
                choice.text(),
                shown,
                ratings.mean().orElse(scale.min()),
                choice.feedback(),
                Misstep.is(choice, scale),
                choice.safety(),
                choice.repairs());
    }
}
