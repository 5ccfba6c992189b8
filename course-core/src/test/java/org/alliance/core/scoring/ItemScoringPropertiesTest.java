package org.alliance.core.scoring;

import static org.alliance.core.scoring.SampleItems.SCALE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Random;
import org.alliance.core.model.OrderStep;
import org.alliance.core.model.Ordering;
import org.junit.jupiter.api.Test;

/** Properties over thousands of seeded random items and responses (QuickTheories, fixed seed). */
class ItemScoringPropertiesTest {

    private static final int EXAMPLES = 3_000;

    @Test
    void a_score_lies_between_zero_and_the_items_maximum() {
        qt().withFixedSeed(20260101L)
                .withExamples(EXAMPLES)
                .forAll(longs().all())
                .checkAssert(seed -> {
                    var random = new Random(seed);
                    var item = RandomItems.item(random);
                    var result = ItemScoring.score(item, RandomItems.response(item, random), SCALE);
                    assertThat(result.score()).isBetween(0.0, result.max());
                    assertThat(result.max()).isBetween(0.0, 1.0);
                    var key = ItemScoring.score(item, ItemKey.of(item), SCALE);
                    assertThat(key.score()).isEqualTo(result.max());
                });
    }

    @Test
    void the_order_options_are_listed_in_never_changes_a_score() {
        qt().withFixedSeed(20260102L)
                .withExamples(EXAMPLES)
                .forAll(longs().all(), longs().all())
                .checkAssert((seed, orderSeed) -> {
                    var random = new Random(seed);
                    var item = RandomItems.item(random);
                    var response = RandomItems.response(item, random);
                    var reordered = RandomItems.reordered(item, orderSeed);
                    assertThat(ItemScoring.score(reordered, response, SCALE).score())
                            .isEqualTo(ItemScoring.score(item, response, SCALE).score());
                });
    }

    @Test
    void scoring_is_deterministic() {
        qt().withFixedSeed(20260103L)
                .withExamples(EXAMPLES)
                .forAll(longs().all())
                .checkAssert(seed -> {
                    var first = new Random(seed);
                    var second = new Random(seed);
                    var itemA = RandomItems.item(first);
                    var itemB = RandomItems.item(second);
                    assertThat(ItemScoring.score(itemA, RandomItems.response(itemA, first), SCALE))
                            .isEqualTo(ItemScoring.score(itemB, RandomItems.response(itemB, second), SCALE));
                });
    }

    @Test
    void a_layout_shows_every_id_once_and_the_same_way_for_the_same_attempt() {
        qt().withFixedSeed(20260104L)
                .withExamples(EXAMPLES)
                .forAll(longs().all(), longs().all())
                .checkAssert((seed, attemptSeed) -> {
                    var item = RandomItems.item(new Random(seed));
                    var layout = ItemLayout.of(item, attemptSeed, true);
                    assertThat(ItemLayout.of(item, attemptSeed, true)).isEqualTo(layout);
                    var unshuffled = ItemLayout.of(item, attemptSeed, false);
                    switch (layout) {
                        case ItemLayout.Options o ->
                            assertThat(o.optionIds())
                                    .containsExactlyInAnyOrderElementsOf(((ItemLayout.Options) unshuffled).optionIds());
                        case ItemLayout.Pairs p -> {
                            var plain = (ItemLayout.Pairs) unshuffled;
                            assertThat(p.promptIds()).containsExactlyInAnyOrderElementsOf(plain.promptIds());
                            assertThat(p.answerIds()).containsExactlyInAnyOrderElementsOf(plain.answerIds());
                        }
                        case ItemLayout.Steps s -> {
                            var key = ((Ordering) item)
                                    .steps().stream().map(OrderStep::id).toList();
                            assertThat(s.stepIds())
                                    .containsExactlyInAnyOrderElementsOf(key)
                                    .isNotEqualTo(key);
                        }
                        case ItemLayout.Fixed f -> assertThat(unshuffled).isEqualTo(f);
                    }
                });
    }
}
