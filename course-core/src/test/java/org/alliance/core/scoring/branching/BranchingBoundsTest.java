package org.alliance.core.scoring.branching;

import static org.alliance.core.scoring.SampleItems.SCALE;
import static org.alliance.core.scoring.branching.SampleBranching.choice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import org.alliance.core.model.AllianceMeter;
import org.alliance.core.model.Branch;
import org.alliance.core.model.BranchingVignette;
import org.alliance.core.model.Ending;
import org.alliance.core.model.Node;
import org.alliance.core.model.Outcome;
import org.alliance.core.scoring.SampleVignettes;
import org.junit.jupiter.api.Test;

class BranchingBoundsTest {

    @Test
    void best_and_worst_are_searched_from_the_graph_and_meter() {
        var range = BranchingBounds.of(SampleBranching.v2(), SCALE).orElseThrow();
        // Validate-then-explore is the best clean walk (total 1.1), so it scores 1; the harmful choice 0.
        assertThat(range.best()).isEqualTo(1.0);
        assertThat(range.bestPath()).containsExactly("b", "a");
        assertThat(range.worst()).isZero();
        assertThat(range.worstPath()).containsExactly("a", "b");
        // a: 2 walks; b: 2; c: repair → 2, harm → 1, joke (allowed at 40) → 2; d: 2.
        assertThat(range.walks()).isEqualTo(11);
        assertThat(range.stuckWalks()).isZero();
    }

    @Test
    void a_repaired_misstep_scores_below_the_clean_walk_even_where_the_bonus_would_once_have_capped_both() {
        // n1: a misstep (2) or a clean move (5); n2: a repair (5) to an ending with bonus 0.5.
        // a-a: (0.625 + 1) / 2 + 0.5 = 1.3125; b-a: 1 + 0.5 = 1.5. Under the old cap both scored 1;
        // now b-a, the best clean walk, scores 1 and a-a 1.3125 / 1.5 = 0.875.
        var vignette = new BranchingVignette(
                SampleVignettes.header("v-tie", Optional.empty()),
                "n1",
                new AllianceMeter(50, 0, 100),
                List.of(
                        new Node(
                                "n1",
                                "Hm.",
                                Optional.empty(),
                                List.of(
                                        choice("a", 2, 0, List.of(Branch.to("n2"))),
                                        choice("b", 5, 0, List.of(Branch.to("n2"))))),
                        new Node(
                                "n2",
                                "Go on.",
                                Optional.empty(),
                                List.of(SampleBranching.repairing(choice("a", 5, 0, List.of(Branch.to("e"))))))),
                List.of(new Ending("e", "Thanks.", Outcome.REPAIRED, 0.5, "")));
        var range = BranchingBounds.of(vignette, SCALE).orElseThrow();
        assertThat(range.best()).isEqualTo(1.0);
        assertThat(range.worst()).isCloseTo(0.875, within(1e-12));
        assertThat(range.bestPath()).containsExactly("b", "a");
        assertThat(range.worstPath()).containsExactly("a", "a");
    }

    @Test
    void bounds_of_every_walk_agree_with_the_player() {
        var v2 = SampleBranching.v2();
        var range = BranchingBounds.of(v2, SCALE).orElseThrow();
        for (var path : List.of(List.of("a", "a", "a"), List.of("c", "c", "b"), List.of("d", "a"))) {
            var replay = (Replay.Finished) BranchingPlayer.replay(v2, path, SCALE);
            assertThat(replay.score().score()).isBetween(range.worst(), range.best());
        }
        var guarded = (Replay.Finished) BranchingPlayer.replay(v2, List.of("a", "a", "a"), SCALE);
        // (0.625 + 1 + 0.75) / 3, neutral ending, over the best clean total 1.1.
        assertThat(guarded.score().score()).isCloseTo(2.375 / 3 / 1.1, within(1e-12));
    }
}
