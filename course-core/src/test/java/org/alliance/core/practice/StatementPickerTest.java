package org.alliance.core.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.alliance.core.model.DrillStatement;
import org.junit.jupiter.api.Test;

class StatementPickerTest {
    private static final List<DrillStatement> LEVEL = List.of(s("b1"), s("b2"), s("b3"));

    @Test
    void a_new_student_gets_the_statements_in_the_authors_order() {
        assertThat(id(StatementPicker.next(LEVEL, Map.of(), Set.of(), 1))).isEqualTo("b1");
        assertThat(id(StatementPicker.next(LEVEL, Map.of("b1", new Box(2, 3)), Set.of("b1"), 1)))
                .isEqualTo("b2");
    }

    @Test
    void a_statement_due_again_comes_before_an_unseen_one_and_the_lowest_box_first() {
        var boxes = Map.of("b2", new Box(2, 3), "b3", new Box(1, 3));
        assertThat(id(StatementPicker.next(LEVEL, boxes, Set.of(), 3))).isEqualTo("b3");
    }

    @Test
    void a_statement_not_yet_due_waits_behind_an_unseen_one() {
        var boxes = Map.of("b1", new Box(3, 9));
        assertThat(id(StatementPicker.next(LEVEL, boxes, Set.of(), 4))).isEqualTo("b2");
    }

    @Test
    void when_every_statement_was_seen_and_none_is_due_the_one_due_soonest_comes() {
        var boxes = Map.of("b1", new Box(3, 9), "b2", new Box(2, 6), "b3", new Box(3, 8));
        assertThat(id(StatementPicker.next(LEVEL, boxes, Set.of(), 4))).isEqualTo("b2");
    }

    @Test
    void a_round_repeats_a_statement_only_after_every_statement_of_the_level() {
        // Seeded random schedules: whatever the boxes, a round of n <= level size never repeats a statement.
        var random = new Random(20261206);
        for (int run = 0; run < 500; run++) {
            Map<String, Box> boxes = LEVEL.stream()
                    .filter(s -> random.nextBoolean())
                    .collect(Collectors.toMap(
                            DrillStatement::id, s -> new Box(1 + random.nextInt(3), 1 + random.nextInt(8))));
            int round = 1 + random.nextInt(8);
            var practised = new java.util.HashSet<String>();
            IntStream.range(0, LEVEL.size()).forEach(i -> {
                String next = id(StatementPicker.next(LEVEL, boxes, practised, round));
                assertThat(practised).doesNotContain(next);
                practised.add(next);
            });
            assertThat(StatementPicker.next(LEVEL, boxes, practised, round)).isPresent();
        }
    }

    @Test
    void an_empty_level_gives_nothing() {
        assertThat(StatementPicker.next(List.of(), Map.of(), Set.of(), 1)).isEmpty();
    }

    private static String id(java.util.Optional<DrillStatement> s) {
        return s.orElseThrow().id();
    }

    private static DrillStatement s(String id) {
        return new DrillStatement(id, "context", "tone", "client", List.of(), List.of("a", "b"), List.of());
    }
}
