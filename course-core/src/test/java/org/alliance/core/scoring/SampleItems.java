package org.alliance.core.scoring;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alliance.core.model.AcceptedAnswer;
import org.alliance.core.model.BestResponseItem;
import org.alliance.core.model.CreditOption;
import org.alliance.core.model.MatchPair;
import org.alliance.core.model.Matching;
import org.alliance.core.model.MultipleResponse;
import org.alliance.core.model.Normalisation;
import org.alliance.core.model.OrderStep;
import org.alliance.core.model.Ordering;
import org.alliance.core.model.RatedOption;
import org.alliance.core.model.RaterScores;
import org.alliance.core.model.RatingScale;
import org.alliance.core.model.Ratings;
import org.alliance.core.model.ResponseOption;
import org.alliance.core.model.ShortText;
import org.alliance.core.model.SingleChoice;
import org.alliance.core.model.TrueFalse;

/** Items from the content-format examples and RESEARCH.md, built by hand. */
public final class SampleItems {

    public static final RatingScale SCALE = RatingScale.defaults();
    private static final List<String> OBJECTIVES = List.of("l2-o1");
    private static final List<String> CONCEPTS = List.of("working-alliance");

    private SampleItems() {}

    public static SingleChoice bordin() {
        return new SingleChoice(
                "q2-i1",
                OBJECTIVES,
                CONCEPTS,
                "Which three components make up the working alliance?",
                List.of(
                        new CreditOption(
                                "a", "Goals, tasks and bond", 1, Optional.empty(), "Right: goals, tasks, bond."),
                        new CreditOption(
                                "b",
                                "Warmth, empathy and genuineness",
                                0,
                                Optional.of("alliance-equals-rogers-conditions"),
                                "Those are Rogers' conditions."),
                        new CreditOption(
                                "c",
                                "Goals and bond",
                                0.5,
                                Optional.of("alliance-is-liking"),
                                "Half of it: the tasks are missing.")));
    }

    /** Three correct options, two wrong. */
    public static MultipleResponse ruptureMarkers() {
        return new MultipleResponse(
                "q6-i2",
                OBJECTIVES,
                CONCEPTS,
                "Which are withdrawal markers?",
                List.of(
                        new ResponseOption("a", "Minimal answers", true, Optional.empty(), "Moving away."),
                        new ResponseOption("b", "Deferring", true, Optional.empty(), "Moving away."),
                        new ResponseOption("c", "Changing the topic", true, Optional.empty(), "Moving away."),
                        new ResponseOption(
                                "d",
                                "Criticising the therapist",
                                false,
                                Optional.of("only-anger-counts"),
                                "That is confrontation."),
                        new ResponseOption(
                                "e",
                                "Shouting",
                                false,
                                Optional.of("only-anger-counts"),
                                "That is confrontation too.")));
    }

    public static TrueFalse allianceStable() {
        return new TrueFalse(
                "q2-i3",
                OBJECTIVES,
                CONCEPTS,
                "Once formed, the alliance stays stable.",
                false,
                Optional.of("alliance-is-stable"),
                "It can rise, decay and recover.",
                "Right. Alliances fluctuate.");
    }

    public static Matching ruptureRepair() {
        return new Matching(
                "q2-i4",
                OBJECTIVES,
                CONCEPTS,
                "Match each concept with its definition.",
                List.of(
                        new MatchPair("p1", "Rupture", "A breakdown in collaboration"),
                        new MatchPair("p2", "Repair", "Working through a strain together"),
                        new MatchPair("p3", "Bond", "The emotional connection")),
                List.of("A technique for reducing homework"),
                "Why these pairs belong together.");
    }

    public static Ordering exploratoryRepair() {
        return new Ordering(
                "q2-i5",
                OBJECTIVES,
                CONCEPTS,
                "Put these steps in order.",
                List.of(
                        new OrderStep("s1", "Notice the marker"),
                        new OrderStep("s2", "Invite the client to say what happened"),
                        new OrderStep("s3", "Acknowledge your part"),
                        new OrderStep("s4", "Agree how to go on")),
                "Why this order.");
    }

    public static ShortText wai() {
        return new ShortText(
                "q2-i6",
                OBJECTIVES,
                CONCEPTS,
                "What does WAI stand for?",
                List.of(
                        new AcceptedAnswer("Working Alliance Inventory", 1, "Right."),
                        new AcceptedAnswer("Working Alliance Index", 0.5, "Nearly: Inventory.")),
                Normalisation.defaults(),
                "It is the Working Alliance Inventory.");
    }

    /** RESEARCH.md (e) V3 as a quiz item: options rated 3, 1, 2, 5. */
    public static BestResponseItem v3Item() {
        return new BestResponseItem(
                "q5-i8",
                OBJECTIVES,
                CONCEPTS,
                "What should the therapist say?",
                "Sorry, I'm rambling, wasting your time.",
                Optional.empty(),
                List.of(
                        rated("a", 3, "Kind, but stays at the content level.", "reassurance-is-enough"),
                        rated("b", 1, "Re-enacts the dismissal the client fears.", "process-ignores-content"),
                        rated("c", 2, "Premature, intellectual interpretation.", "insight-alone-suffices"),
                        rated("d", 5, "Process comment plus immediacy.", null)));
    }

    /** An option every rubric dimension of which is rated {@code rating} by the author. */
    public static RatedOption rated(String id, int rating, String rationale, String misconception) {
        return new RatedOption(
                id,
                "Option " + id,
                Ratings.byAuthor(Map.of("d1-empathic-accuracy", rating, "d4-process-responsiveness", rating)),
                rationale,
                Optional.ofNullable(misconception));
    }

    /** A panel of two raters. */
    public static RatedOption panel(String id, Map<String, Integer> first, Map<String, Integer> second) {
        return new RatedOption(
                id,
                "Option " + id,
                new Ratings(List.of(new RaterScores("author", first), new RaterScores("reviewer-1", second))),
                "Panel-rated.",
                Optional.empty());
    }
}
