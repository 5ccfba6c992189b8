package org.alliance.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alliance.core.scoring.Response;
import org.alliance.core.scoring.SampleItems;
import org.junit.jupiter.api.Test;

class CountsTest {

    @Test
    void distractor_counts_list_every_option_even_unpicked_ones() {
        var counts = DistractorCounts.of(
                List.of("a", "b", "c", "d"),
                List.of(Set.of("a"), Set.of("b"), Set.of("a"), Set.of("a", "d"), Set.of("zz")));
        assertThat(counts).containsExactly(Map.entry("a", 3), Map.entry("b", 1), Map.entry("c", 0), Map.entry("d", 1));
    }

    @Test
    void distractor_counts_can_be_taken_from_stored_responses() {
        var counts = DistractorCounts.ofResponses(
                SampleItems.bordin(),
                List.of(
                        new Response.SingleChoiceAnswer("b"),
                        new Response.SingleChoiceAnswer("b"),
                        new Response.Unanswered(),
                        new Response.SingleChoiceAnswer("a")));
        assertThat(counts).containsEntry("a", 1).containsEntry("b", 2).containsEntry("c", 0);
    }

    @Test
    void a_matrix_built_from_attempts_scores_missing_items_zero() {
        var matrix = ResponseMatrix.of(List.of("i1", "i2"), List.of(Map.of("i1", 1.0), Map.of("i1", 0.5, "i2", 1.0)));
        assertThat(matrix.rows()).containsExactly(List.of(1.0, 0.0), List.of(0.5, 1.0));
    }

    @Test
    void choice_counts_are_per_node() {
        var counts = ChoiceCounts.of(List.of(
                List.of(new PathStep("n1", "a"), new PathStep("n2", "b")),
                List.of(new PathStep("n1", "a"), new PathStep("n2", "c")),
                List.of(new PathStep("n1", "d"))));
        assertThat(counts.get("n1")).containsEntry("a", 2).containsEntry("d", 1).hasSize(2);
        assertThat(counts.get("n2")).containsEntry("b", 1).containsEntry("c", 1).hasSize(2);
    }
}
