package org.alliance.core.scoring.branching;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alliance.core.model.AllianceMeter;
import org.alliance.core.model.Branch;
import org.alliance.core.model.BranchingVignette;
import org.alliance.core.model.Choice;
import org.alliance.core.model.Ending;
import org.alliance.core.model.MeterCondition;
import org.alliance.core.model.Node;
import org.alliance.core.model.Outcome;
import org.alliance.core.model.Ratings;
import org.alliance.core.scoring.SampleVignettes;

/** RESEARCH.md (e) V2, the confrontation rupture, as a branching vignette. */
final class SampleBranching {

    private SampleBranching() {}

    static Choice choice(String id, int rating, int alliance, List<Branch> next) {
        return new Choice(
                id,
                "Choice " + id,
                Ratings.byAuthor(Map.of("d2-warmth", rating, "d4-process-responsiveness", rating)),
                "Feedback on " + id,
                Optional.empty(),
                alliance,
                false,
                false,
                Optional.empty(),
                next);
    }

    static Choice withMisconception(Choice c, String misconception) {
        return new Choice(
                c.id(),
                c.text(),
                c.ratings(),
                c.feedback(),
                Optional.of(misconception),
                c.alliance(),
                c.repairs(),
                c.safety(),
                c.requires(),
                c.next());
    }

    static Choice repairing(Choice c) {
        return new Choice(
                c.id(),
                c.text(),
                c.ratings(),
                c.feedback(),
                c.misconception(),
                c.alliance(),
                true,
                c.safety(),
                c.requires(),
                c.next());
    }

    static Choice harmful(Choice c) {
        return new Choice(
                c.id(),
                c.text(),
                c.ratings(),
                c.feedback(),
                c.misconception(),
                c.alliance(),
                c.repairs(),
                true,
                c.requires(),
                c.next());
    }

    static Choice requiring(Choice c, int atLeast) {
        return new Choice(
                c.id(),
                c.text(),
                c.ratings(),
                c.feedback(),
                c.misconception(),
                c.alliance(),
                c.repairs(),
                c.safety(),
                Optional.of(new MeterCondition(Optional.of(atLeast), Optional.empty())),
                c.next());
    }

    static Branch when(int below, String go) {
        return new Branch(Optional.of(new MeterCondition(Optional.empty(), Optional.of(below))), go);
    }

    /**
     * n1 "This is pointless": a defends (2, −15), b validates (5, +10, repairs), c interprets (2, −10),
     * d gives advice (3). n2 escalates: a repairs (5, +20; to n3-guarded below 60), b is harmful
     * (1, −40, safety), c jokes (3, needs meter ≥ 40). n3-opens: a explores (5, +10), b advises (3).
     * n3-guarded: a (4). Endings: repaired (+0.1), neutral, withdrawn.
     */
    static BranchingVignette v2() {
        var n1 = new Node(
                "n1",
                "This is pointless. You just nod. My last therapist gave advice.",
                Optional.of("Arms folded."),
                List.of(
                        withMisconception(
                                choice("a", 2, -15, List.of(Branch.to("n2-escalates"))),
                                "repair-means-defending-rationale"),
                        repairing(choice("b", 5, 10, List.of(when(30, "n3-guarded"), Branch.to("n3-opens")))),
                        choice("c", 2, -10, List.of(Branch.to("n2-escalates"))),
                        choice("d", 3, 0, List.of(Branch.to("n3-opens")))));
        var n2 = new Node(
                "n2-escalates",
                "See? You're doing it again.",
                Optional.empty(),
                List.of(
                        repairing(choice("a", 5, 20, List.of(when(60, "n3-guarded"), Branch.to("n3-opens")))),
                        harmful(choice("b", 1, -40, List.of(Branch.to("e-withdrawn")))),
                        requiring(choice("c", 3, 0, List.of(Branch.to("n3-opens"))), 40)));
        var n3 = new Node(
                "n3-opens",
                "I guess I wanted you to tell me what to do.",
                Optional.empty(),
                List.of(
                        choice("a", 5, 10, List.of(Branch.to("e-repaired"))),
                        choice("b", 3, 0, List.of(Branch.to("e-neutral")))));
        var guarded = new Node(
                "n3-guarded",
                "Whatever.",
                Optional.empty(),
                List.of(choice("a", 4, 5, List.of(Branch.to("e-neutral")))));
        return new BranchingVignette(
                SampleVignettes.header("v2-branching", Optional.empty()),
                "n1",
                new AllianceMeter(50, 0, 100),
                List.of(n1, n2, n3, guarded),
                List.of(
                        new Ending("e-repaired", "Okay. I can try saying that next time.", Outcome.REPAIRED, 0.1, "R"),
                        new Ending("e-neutral", "Fine.", Outcome.NEUTRAL, 0, "N"),
                        new Ending("e-withdrawn", "I don't think I'll come back.", Outcome.WITHDRAWN, 0, "W")));
    }
}
