package org.alliance.web.vignette;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A vignette's stored ratings (per option, or the student's self-assessment) come back exactly or not at all. */
class JsonTest {

    @Test
    void ratings_come_back_exactly_in_their_order() {
        qt().withFixedSeed(20261213L).withExamples(1_000).forAll(longs().all()).checkAssert(seed -> {
            var random = new Random(seed);
            Map<String, Integer> ratings = new LinkedHashMap<>();
            for (int i = random.nextInt(8); i > 0; i--) {
                ratings.put(
                        random.nextBoolean() ? "d" + random.nextInt(20) : "dim \"" + random.nextInt(9) + "\" ’",
                        random.nextInt(11) - 5);
            }

            String stored = Json.ratings(ratings);

            assertThat(Json.ratings(stored))
                    .as("seed %d, stored %s", seed, stored)
                    .containsExactlyEntriesOf(ratings);
        });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "{",
                "null",
                "[1,2]",
                "\"x\"",
                "{\"empathy\":null}",
                "{\"empathy\":\"3\"}",
                "{\"empathy\":2.5}",
                "{\"empathy\":{}}",
                "{\"empathy\":true}"
            })
    void stored_ratings_it_cannot_read_are_refused_with_the_value_and_the_reason(String stored) {
        assertThatThrownBy(() -> Json.ratings(stored))
                .isInstanceOf(Json.UnreadableRatings.class)
                .hasMessageStartingWith("Stored ratings cannot be read: ")
                .hasMessageContaining(stored.isEmpty() ? "(empty)" : stored);
    }
}
