package org.alliance.core.scoring;

import static org.alliance.core.scoring.SampleItems.SCALE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.alliance.core.FuzzBudget;
import org.alliance.core.model.BestResponseItem;
import org.alliance.core.model.Item;
import org.alliance.core.model.MatchPair;
import org.alliance.core.model.Matching;
import org.alliance.core.model.MultipleResponse;
import org.alliance.core.model.OrderStep;
import org.alliance.core.model.Ordering;
import org.alliance.core.model.ShortText;
import org.alliance.core.model.SingleChoice;
import org.alliance.core.model.TrueFalse;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes scoring with valid items of every type and responses a browser could be made to send: unknown, empty,
 * very long and odd-unicode ids, duplicates, keys of other items, text of any length. Scoring never throws and
 * every score lies between 0 and the item's maximum, which lies between 0 and 1. {@link FuzzBudget} sets the
 * number of cases and prints the seed.
 */
class ScoringFuzzTest {

    private static final List<String> ODD = List.of(
            "",
            " ",
            "o",
            "O0",
            " o0",
            "o0 ",
            "o-1",
            "o2147483648",
            "distractor:",
            "distractor:-1",
            "distractor:999",
            "p",
            "s",
            "null",
            "\u0000",
            "\uD800",
            "é",
            "🦀",
            "x".repeat(10_000),
            "o0\no1");

    @Test
    void any_response_to_any_valid_item_scores_within_bounds() {
        long seed = FuzzBudget.seed("scoring", 20261208L);
        qt().withExamples(FuzzBudget.cases())
                .withFixedSeed(seed)
                .forAll(longs().all())
                .checkAssert(caseSeed -> {
                    Random rnd = new Random(caseSeed);
                    Item item = RandomItems.item(rnd);
                    Response response = hostile(item, rnd);

                    ItemResult result = ItemScoring.score(item, response, SCALE);

                    String label = "case " + caseSeed + ": " + item.type().key() + " answered " + response;
                    assertThat(result.itemId()).as(label).isEqualTo(item.id());
                    assertThat(result.max()).as(label).isBetween(0.0, 1.0);
                    assertThat(result.score()).as(label).isBetween(0.0, result.max());
                    assertThat(ItemScoring.score(item, response, SCALE))
                            .as(label + " (again)")
                            .isEqualTo(result);
                });
    }

    private static Response hostile(Item item, Random rnd) {
        return switch (item) {
            case SingleChoice i -> new Response.SingleChoiceAnswer(id(rnd, ids(i)));
            case BestResponseItem i ->
                new Response.BestResponseAnswer(
                        id(rnd, i.options().stream().map(o -> o.id()).toList()));
            case MultipleResponse i -> {
                var picks = new HashSet<String>();
                for (int k = 0, n = rnd.nextInt(2 * i.options().size() + 2); k < n; k++) {
                    picks.add(id(rnd, ids(i)));
                }
                yield new Response.MultipleResponseAnswer(picks);
            }
            case TrueFalse _ -> new Response.TrueFalseAnswer(rnd.nextBoolean());
            case Matching i -> {
                List<String> pairIds = i.pairs().stream().map(MatchPair::id).toList();
                List<String> answerIds = new ArrayList<>(pairIds);
                for (int d = 0; d < i.distractors().size(); d++) {
                    answerIds.add("distractor:" + d);
                }
                var answers = new HashMap<String, String>();
                for (int k = 0, n = rnd.nextInt(2 * pairIds.size() + 2); k < n; k++) {
                    answers.put(id(rnd, pairIds), id(rnd, answerIds));
                }
                yield new Response.MatchingAnswer(answers);
            }
            case Ordering i -> {
                List<String> stepIds = i.steps().stream().map(OrderStep::id).toList();
                var order = new ArrayList<String>();
                for (int k = 0, n = rnd.nextInt(2 * stepIds.size() + 2); k < n; k++) {
                    order.add(id(rnd, stepIds));
                }
                yield new Response.OrderingAnswer(order);
            }
            case ShortText i -> new Response.ShortTextAnswer(text(rnd, i));
        };
    }

    private static List<String> ids(SingleChoice item) {
        return item.options().stream().map(o -> o.id()).toList();
    }

    private static List<String> ids(MultipleResponse item) {
        return item.options().stream().map(o -> o.id()).toList();
    }

    /** Mostly an id the item has, else an odd one. */
    private static String id(Random rnd, List<String> real) {
        return rnd.nextInt(3) > 0 && !real.isEmpty()
                ? real.get(rnd.nextInt(real.size()))
                : ODD.get(rnd.nextInt(ODD.size()));
    }

    private static String text(Random rnd, ShortText item) {
        return switch (rnd.nextInt(5)) {
            case 0 -> item.accept().get(rnd.nextInt(item.accept().size())).text();
            case 1 -> ODD.get(rnd.nextInt(ODD.size()));
            case 2 -> {
                String accepted =
                        item.accept().get(rnd.nextInt(item.accept().size())).text();
                yield "\t" + accepted.toUpperCase() + "\u00A0 " + accepted + "\u0301";
            }
            default -> {
                StringBuilder text = new StringBuilder();
                for (int k = 0, n = rnd.nextInt(rnd.nextBoolean() ? 20 : 5_000); k < n; k++) {
                    text.appendCodePoint(rnd.nextInt(0x10FFFF));
                }
                yield text.toString();
            }
        };
    }
}
