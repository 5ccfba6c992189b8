package org.alliance.web.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.alliance.core.scoring.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A quiz answer is stored as the codec writes it and read back on every review, rescoring and export, so it must
 * come back exactly, and a stored value the codec cannot read must say so rather than turn into a blank answer.
 */
class ResponseCodecTest {

    @Test
    void every_kind_of_answer_comes_back_exactly() {
        qt().withFixedSeed(20261213L).withExamples(2_000).forAll(longs().all()).checkAssert(seed -> {
            Response response = randomResponse(new Random(seed));

            String stored = ResponseCodec.encode(response);

            assertThat(ResponseCodec.decode(stored))
                    .as("seed %d, stored %s", seed, stored)
                    .isEqualTo(response);
        });
    }

    @Test
    void the_generator_reaches_every_kind_of_answer() {
        var kinds = new LinkedHashSet<Class<?>>();
        var random = new Random(20261213L);
        for (int i = 0; i < 200; i++) {
            kinds.add(randomResponse(random).getClass());
        }
        assertThat(kinds).containsExactlyInAnyOrder(Response.class.getPermittedSubclasses());
    }

    @Test
    void text_that_looks_like_json_or_markup_is_kept_as_text() {
        var answer = new Response.ShortTextAnswer("\"}, {\"type\": \"single\"} \\u0000 <b>\n\t’ é 😀");

        assertThat(ResponseCodec.decode(ResponseCodec.encode(answer))).isEqualTo(answer);
    }

    @Test
    void the_same_answer_is_always_stored_the_same_way() {
        var one = new Response.MatchingAnswer(new LinkedHashMap<>(Map.of("p1", "a2", "p2", "a1", "p3", "a3")));
        var two = new Response.MatchingAnswer(new LinkedHashMap<>(Map.of("p3", "a3", "p1", "a2", "p2", "a1")));

        assertThat(ResponseCodec.encode(one))
                .isEqualTo(ResponseCodec.encode(two))
                .isEqualTo("{\"type\":\"matching\",\"answers\":{\"p1\":\"a2\",\"p2\":\"a1\",\"p3\":\"a3\"}}");
        assertThat(ResponseCodec.encode(new Response.MultipleResponseAnswer(Set.of("c", "a", "b"))))
                .isEqualTo("{\"type\":\"multiple\",\"options\":[\"a\",\"b\",\"c\"]}");
    }

    @Test
    void a_blank_answer_is_stored_as_none() {
        assertThat(ResponseCodec.encode(new Response.Unanswered())).isEqualTo("{\"type\":\"none\"}");
        assertThat(ResponseCodec.decode("{\"type\":\"none\"}")).isEqualTo(new Response.Unanswered());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "not json",
                "{\"type\":\"single\"",
                "[]",
                "\"single\"",
                "{}",
                "{\"type\":null}",
                "{\"type\":7}",
                "{\"type\":\"essay\",\"text\":\"x\"}",
                "{\"type\":\"single\"}",
                "{\"type\":\"single\",\"option\":null}",
                "{\"type\":\"single\",\"option\":3}",
                "{\"type\":\"best\",\"option\":[\"a\"]}",
                "{\"type\":\"multiple\"}",
                "{\"type\":\"multiple\",\"options\":\"a\"}",
                "{\"type\":\"multiple\",\"options\":[\"a\",1]}",
                "{\"type\":\"truefalse\"}",
                "{\"type\":\"truefalse\",\"value\":\"yes\"}",
                "{\"type\":\"truefalse\",\"value\":1}",
                "{\"type\":\"matching\",\"answers\":[\"a\"]}",
                "{\"type\":\"matching\",\"answers\":{\"p1\":2}}",
                "{\"type\":\"ordering\",\"steps\":{\"a\":\"b\"}}",
                "{\"type\":\"ordering\",\"steps\":[null]}",
                "{\"type\":\"text\"}",
                "{\"type\":\"text\",\"text\":false}"
            })
    void a_stored_value_it_cannot_read_is_refused_with_the_value_and_the_reason(String stored) {
        assertThatThrownBy(() -> ResponseCodec.decode(stored))
                .isInstanceOf(ResponseCodec.UnreadableResponse.class)
                .hasMessageStartingWith("Stored answer cannot be read: ")
                .hasMessageContaining(stored.isEmpty() ? "(empty)" : stored);
    }

    @Test
    void a_null_stored_value_is_refused_too() {
        assertThatThrownBy(() -> ResponseCodec.decode(null))
                .isInstanceOf(ResponseCodec.UnreadableResponse.class)
                .hasMessageContaining("no value");
    }

    /** One answer of a kind chosen at random, with ids and text drawn from a wide range of characters. */
    static Response randomResponse(Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> new Response.Unanswered();
            case 1 -> new Response.SingleChoiceAnswer(id(random));
            case 2 -> new Response.BestResponseAnswer(id(random));
            case 3 -> {
                var ids = new LinkedHashSet<String>();
                for (int i = random.nextInt(5); i > 0; i--) {
                    ids.add(id(random));
                }
                yield new Response.MultipleResponseAnswer(ids);
            }
            case 4 -> new Response.TrueFalseAnswer(random.nextBoolean());
            case 5 -> {
                var answers = new LinkedHashMap<String, String>();
                for (int i = random.nextInt(5); i > 0; i--) {
                    answers.put(id(random), id(random));
                }
                yield new Response.MatchingAnswer(answers);
            }
            case 6 -> {
                List<String> steps = new ArrayList<>();
                for (int i = random.nextInt(6); i > 0; i--) {
                    steps.add(id(random));
                }
                yield new Response.OrderingAnswer(steps);
            }
            default -> new Response.ShortTextAnswer(text(random));
        };
    }

    private static String id(Random random) {
        return random.nextInt(4) == 0 ? text(random) : "o" + random.nextInt(12);
    }

    /** Any text a browser can send: controls, quotes, backslashes, letters of any script, emoji. */
    private static String text(Random random) {
        var text = new StringBuilder();
        for (int i = random.nextInt(40); i > 0; i--) {
            int codePoint;
            do {
                codePoint = switch (random.nextInt(4)) {
                    case 0 -> random.nextInt(0x80);
                    case 1 -> "\"\\{}[]:,'’\n\t\u0000".codePointAt(random.nextInt(13));
                    case 2 -> random.nextInt(0x10000);
                    default -> 0x10000 + random.nextInt(0x110000 - 0x10000);
                };
            } while (Character.getType(codePoint) == Character.SURROGATE);
            text.appendCodePoint(codePoint);
        }
        return text.toString();
    }
}
