package org.alliance.core.audit;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.alliance.core.model.Branch;
import org.alliance.core.model.BranchingVignette;
import org.alliance.core.model.Choice;
import org.alliance.core.model.Course;
import org.alliance.core.model.Dimension;
import org.alliance.core.model.Ending;
import org.alliance.core.model.Node;
import org.alliance.core.model.Outcome;
import org.alliance.core.model.RatingScale;
import org.alliance.core.model.Vignette;
import org.alliance.core.scoring.branching.BranchingFairness;
import org.alliance.core.scoring.branching.Misstep;
import org.alliance.core.validation.ProblemCode;

/**
 * Branching vignettes under the fair path score ({@link BranchingFairness}): an error where the score
 * cannot be fair (no clean walk, or a walk with a misstep that reaches the best clean total), a
 * warning on each choice that ends the work or sits at the floor of the scale without saying whether
 * it is a safety choice, and a warning on rubric dimensions no vignette uses (once the course has a
 * vignette).
 */
final class BranchingChecks {

    private BranchingChecks() {}

    static void run(Course course, Findings found) {
        RatingScale scale = course.rubric().scale();
        for (Vignette v : course.vignettes()) {
            if (v instanceof BranchingVignette b) {
                String path = Paths.vignette(b);
                fairness(b, scale).ifPresent(f -> {
                    if (!f.hasCleanWalk()) {
                        found.add(ProblemCode.NO_CLEAN_PATH, path);
                    } else if (f.misstepTiesClean()) {
                        found.add(
                                ProblemCode.MISSTEP_TIES_CLEAN,
                                path,
                                "path",
                                walk(f.bestMisstepPath()),
                                "cleanPath",
                                walk(f.bestCleanPath()),
                                "raw",
                                Findings.number(f.bestMisstepTotal().orElse(0)),
                                "cleanRaw",
                                Findings.number(f.bestCleanTotal().orElse(0)));
                    }
                });
                safety(b, path, scale, found);
            }
        }
        if (course.vignettes().isEmpty()) {
            return; // a course without vignettes has not used its rubric yet (a new draft, a quiz-only course)
        }
        Set<String> used = new HashSet<>();
        course.vignettes().forEach(v -> used.addAll(v.dimensions()));
        for (Dimension d : course.rubric().dimensions()) {
            if (!used.contains(d.id())) {
                found.add(ProblemCode.UNUSED_DIMENSION, "course.rubric.dimensions[" + d.id() + "]", "id", d.id());
            }
        }
    }

    /**
     * The fairness figures, when the graph can be walked: every target known and no cycle (the
     * validator reports those), and not more walks than the bounds search allows.
     */
    static Optional<BranchingFairness> fairness(BranchingVignette b, RatingScale scale) {
        if (!Graphs.walkable(b) || scale.max() <= scale.min()) {
            return Optional.empty();
        }
        try {
            return Optional.of(BranchingFairness.of(b, scale));
        } catch (IllegalStateException tooManyWalks) {
            return Optional.empty();
        }
    }

    private static void safety(BranchingVignette b, String path, RatingScale scale, Findings found) {
        for (Node n : b.nodes()) {
            for (Choice c : n.choices()) {
                if (c.safety() || c.safetyReason().filter(r -> !r.isBlank()).isPresent()) {
                    continue;
                }
                reason(b, c, scale)
                        .ifPresent(reason -> found.add(
                                ProblemCode.SAFETY_UNMARKED,
                                path + ".nodes[" + n.id() + "].choices[" + c.id() + "]",
                                "id",
                                c.id(),
                                "reason",
                                reason));
            }
        }
    }

    /**
     * Why a choice needs a word on safety: a misstep that can end the work (an unrepaired or withdrawn
     * ending), or a choice rated at the floor on every dimension. A good move the client still walks
     * away from is not a safety question.
     */
    private static Optional<String> reason(BranchingVignette b, Choice c, RatingScale scale) {
        for (Branch branch : Misstep.is(c, scale) ? c.next() : List.<Branch>of()) {
            Optional<Ending> ending = b.ending(branch.go());
            if (ending.isPresent() && ending.get().outcome() == Outcome.UNREPAIRED) {
                return Optional.of(
                        "leads to the unrepaired ending '" + ending.get().id() + "'");
            }
            if (ending.isPresent() && ending.get().outcome() == Outcome.WITHDRAWN) {
                return Optional.of(
                        "leads to the withdrawn ending '" + ending.get().id() + "'");
            }
        }
        var dimensions = c.ratings().dimensions();
        if (!dimensions.isEmpty()
                && dimensions.stream().allMatch(d -> c.ratings().mean(d).orElse(scale.max()) <= scale.min() + 1e-9)) {
            return Optional.of("is rated at the floor of the scale on every dimension");
        }
        return Optional.empty();
    }

    private static String walk(List<String> choiceIds) {
        return choiceIds.isEmpty() ? "(none)" : String.join(" → ", choiceIds);
    }
}
