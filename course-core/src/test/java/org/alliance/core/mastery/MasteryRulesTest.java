package org.alliance.core.mastery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Mastery's rules as a table, and the invariants any pile of evidence keeps. */
class MasteryRulesTest {
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    static Stream<Arguments> rules() {
        return Stream.of(
                // name, evidence → concept "repair": level, items (items 0: no mastery at all)
                Arguments.of("one score is the level", List.of(e("c", "i1", 0.4, 0)), 0.4, 1),
                Arguments.of("two items are averaged", List.of(e("c", "i1", 0.4, 0), e("c", "i2", 1, 0)), 0.7, 2),
                Arguments.of(
                        "a retry replaces the earlier score", List.of(e("c", "i1", 0, 0), e("c", "i1", 1, 5)), 1.0, 1),
                Arguments.of(
                        "a later retry that scores less lowers it",
                        List.of(e("c", "i1", 1, 0), e("c", "i1", 0.25, 5)),
                        0.25,
                        1),
                Arguments.of(
                        "an older score listed last does not win",
                        List.of(e("c", "i1", 1, 5), e("c", "i1", 0, 0)),
                        1.0,
                        1),
                Arguments.of(
                        "two scores at one instant: the later in the list wins",
                        List.of(e("c", "i1", 1, 3), e("c", "i1", 0.5, 3)),
                        0.5,
                        1),
                Arguments.of(
                        "the same item id in two courses is two items",
                        List.of(e("c1", "i1", 0, 0), e("c2", "i1", 1, 0)),
                        0.5,
                        2),
                Arguments.of("a zero counts; it is not the same as untested", List.of(e("c", "i1", 0, 0)), 0.0, 1),
                Arguments.of("no evidence, no mastery", List.of(), 0.0, 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void mastery_follows_its_rules(String rule, List<Evidence> evidence, double level, int items) {
        var profile = MasteryProfile.of(evidence);

        if (items == 0) {
            assertThat(profile.concept("repair")).isEmpty();
        } else {
            var mastery = profile.concept("repair").orElseThrow();
            assertThat(mastery.level()).isCloseTo(level, within(1e-12));
            assertThat(mastery.items()).isEqualTo(items);
        }
    }

    @Test
    void any_pile_of_evidence_keeps_the_invariants_in_any_order() {
        qt().withFixedSeed(20261213L).withExamples(1_000).forAll(longs().all()).checkAssert(seed -> {
            var random = new Random(seed);
            // An item keeps its tags: two courses of six items, each tagged with one to three of four concepts.
            Map<List<String>, Set<String>> tags = new HashMap<>();
            for (String course : List.of("c0", "c1")) {
                for (int i = 0; i < 6; i++) {
                    var concepts = new HashSet<String>();
                    for (int c = random.nextInt(3); c >= 0; c--) {
                        concepts.add("k" + random.nextInt(4));
                    }
                    tags.put(List.of(course, "i" + i), concepts);
                }
            }
            var evidence = new ArrayList<Evidence>();
            for (int n = random.nextInt(30); n > 0; n--) {
                String course = "c" + random.nextInt(2);
                String item = "i" + random.nextInt(6);
                // Distinct instants, so the latest score of an item does not depend on the list's order.
                evidence.add(new Evidence(
                        course,
                        item,
                        tags.get(List.of(course, item)),
                        Set.of("o" + random.nextInt(3)),
                        random.nextInt(5) / 4.0,
                        T0.plusMillis(evidence.size())));
            }
            var shuffled = new ArrayList<>(evidence);
            Collections.shuffle(shuffled, random);

            var profile = MasteryProfile.of(evidence);

            assertThat(MasteryProfile.of(shuffled)).as("seed %d", seed).isEqualTo(profile);
            Map<String, Set<List<String>>> itemsPerConcept = new HashMap<>();
            evidence.forEach(e -> e.concepts()
                    .forEach(k -> itemsPerConcept
                            .computeIfAbsent(k, x -> new HashSet<>())
                            .add(List.of(e.courseId(), e.sourceId()))));
            assertThat(profile.concepts().keySet()).as("seed %d", seed).isEqualTo(itemsPerConcept.keySet());
            profile.concepts().forEach((concept, mastery) -> {
                assertThat(mastery.level()).as("seed %d", seed).isBetween(0.0, 1.0);
                assertThat(mastery.items())
                        .as("seed %d", seed)
                        .isEqualTo(itemsPerConcept.get(concept).size());
            });
        });
    }

    private static Evidence e(String course, String item, double score, int minutes) {
        return new Evidence(course, item, Set.of("repair"), Set.of("o1"), score, T0.plusSeconds(60L * minutes));
    }
}
