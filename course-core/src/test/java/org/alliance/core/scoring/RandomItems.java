package org.alliance.core.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.alliance.core.model.AcceptedAnswer;
import org.alliance.core.model.BestResponseItem;
import org.alliance.core.model.CreditOption;
import org.alliance.core.model.Item;
import org.alliance.core.model.MatchPair;
import org.alliance.core.model.Matching;
import org.alliance.core.model.MultipleResponse;
import org.alliance.core.model.Normalisation;
import org.alliance.core.model.OrderStep;
import org.alliance.core.model.Ordering;
import org.alliance.core.model.RatedOption;
import org.alliance.core.model.RaterScores;
import org.alliance.core.model.Ratings;
import org.alliance.core.model.ResponseOption;
import org.alliance.core.model.ShortText;
import org.alliance.core.model.SingleChoice;
import org.alliance.core.model.TrueFalse;

/** Seeded generators of valid items of every type, and of arbitrary (also wrong or odd) responses. */
final class RandomItems {

    private static final List<String> O = List.of("o1");
    private static final List<String> C = List.of("c1");
    private static final List<String> WORDS = List.of("alliance", "Rupture", "repair!", "  bond ", "goal", "task");

    private RandomItems() {}

    static Item item(Random random) {
        String id = "i" + random.nextInt(1000);
        int n = 2 + random.nextInt(4);
        return switch (random.nextInt(7)) {
            case 0 -> {
                var options = new ArrayList<CreditOption>();
                int best = random.nextInt(n);
                for (int i = 0; i < n; i++) {
                    double credit = i == best ? 1 : random.nextInt(5) / 4.0 * 0.75;
                    options.add(new CreditOption("o" + i, "t", credit, Optional.of("m" + i), "f" + i));
                }
                yield new SingleChoice(id, O, C, "s", options);
            }
            case 1 -> {
                var options = new ArrayList<ResponseOption>();
                for (int i = 0; i < n; i++) {
                    boolean correct = i == 0 || random.nextBoolean();
                    options.add(new ResponseOption(
                            "o" + i, "t", correct, correct ? Optional.empty() : Optional.of("m" + i), "f" + i));
                }
                yield new MultipleResponse(id, O, C, "s", options);
            }
            case 2 -> new TrueFalse(id, O, C, "s", random.nextBoolean(), Optional.of("m"), "ft", "ff");
            case 3 -> {
                var pairs = new ArrayList<MatchPair>();
                for (int i = 0; i < n; i++) {
                    pairs.add(new MatchPair("p" + i, "prompt" + i, "match" + i));
                }
                yield new Matching(id, O, C, "s", pairs, random.nextBoolean() ? List.of("d") : List.of(), "f");
            }
            case 4 -> {
                var steps = new ArrayList<OrderStep>();
                for (int i = 0; i < n; i++) {
                    steps.add(new OrderStep("s" + i, "step" + i));
                }
                yield new Ordering(id, O, C, "s", steps, "f");
            }
            case 5 ->
                new ShortText(
                        id,
                        O,
                        C,
                        "s",
                        List.of(
                                new AcceptedAnswer(word(random), 1, "right"),
                                new AcceptedAnswer(word(random), 0.5, "half")),
                        new Normalisation(random.nextBoolean(), random.nextBoolean(), random.nextBoolean()),
                        "wrong");
            default -> {
                var options = new ArrayList<RatedOption>();
                for (int i = 0; i < n; i++) {
                    var raters = new ArrayList<RaterScores>();
                    int panel = 1 + random.nextInt(3);
                    for (int r = 0; r < panel; r++) {
                        raters.add(new RaterScores(
                                "r" + r, Map.of("d1", 1 + random.nextInt(5), "d2", 1 + random.nextInt(5))));
                    }
                    options.add(new RatedOption("o" + i, "t", new Ratings(raters), "why" + i, Optional.of("m" + i)));
                }
                yield new BestResponseItem(id, O, C, "s", "client", Optional.empty(), options);
            }
        };
    }

    /** Any response of the right type, including unknown ids, duplicates and blanks. */
    static Response response(Item item, Random random) {
        if (random.nextInt(10) == 0) {
            return new Response.Unanswered();
        }
        return switch (item) {
            case SingleChoice i ->
                new Response.SingleChoiceAnswer(id(random, i.options().size()));
            case MultipleResponse i -> {
                var picks = new HashSet<String>();
                int count = random.nextInt(i.options().size() + 2);
                for (int k = 0; k < count; k++) {
                    picks.add(id(random, i.options().size()));
                }
                yield new Response.MultipleResponseAnswer(picks);
            }
            case TrueFalse _ -> new Response.TrueFalseAnswer(random.nextBoolean());
            case Matching i -> {
                var answers = new HashMap<String, String>();
                for (var pair : i.pairs()) {
                    if (random.nextInt(5) > 0) {
                        answers.put(
                                pair.id(),
                                random.nextInt(4) == 0
                                        ? "distractor:1"
                                        : "p" + random.nextInt(i.pairs().size()));
                    }
                }
                yield new Response.MatchingAnswer(answers);
            }
            case Ordering i -> {
                var order = new ArrayList<String>();
                i.steps().forEach(step -> order.add(step.id()));
                Collections.shuffle(order, random);
                if (random.nextInt(6) == 0) {
                    order.removeLast();
                }
                yield new Response.OrderingAnswer(order);
            }
            case ShortText i ->
                new Response.ShortTextAnswer(
                        random.nextBoolean()
                                ? i.accept()
                                                .get(random.nextInt(i.accept().size()))
                                                .text()
                                                .toUpperCase() + " "
                                : word(random));
            case BestResponseItem i ->
                new Response.BestResponseAnswer(id(random, i.options().size()));
        };
    }

    /** An option id "o0".."o(n-1)", or now and then one the item does not have. */
    private static String id(Random random, int n) {
        return "o" + random.nextInt(n + 1);
    }

    private static String word(Random random) {
        return WORDS.get(random.nextInt(WORDS.size()))
                + (random.nextBoolean() ? "" : " " + WORDS.get(random.nextInt(WORDS.size())));
    }

    /** The same item with its options (or pairs, or accepted answers) listed in another order. */
    static Item reordered(Item item, long seed) {
        return switch (item) {
            case SingleChoice i ->
                new SingleChoice(i.id(), O, C, i.stem(), DisplayOrder.shuffle(i.options(), seed, "x"));
            case MultipleResponse i ->
                new MultipleResponse(i.id(), O, C, i.stem(), DisplayOrder.shuffle(i.options(), seed, "x"));
            case Matching i ->
                new Matching(
                        i.id(),
                        O,
                        C,
                        i.stem(),
                        DisplayOrder.shuffle(i.pairs(), seed, "x"),
                        i.distractors(),
                        i.feedback());
            case BestResponseItem i ->
                new BestResponseItem(
                        i.id(), O, C, i.stem(), i.client(), i.cue(), DisplayOrder.shuffle(i.options(), seed, "x"));
            // The order of an ordering item is its key, and true/false and short text have no options.
            case Ordering _, TrueFalse _, ShortText _ -> item;
        };
    }
}
