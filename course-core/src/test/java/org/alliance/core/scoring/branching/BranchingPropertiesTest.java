package org.alliance.core.scoring.branching;

import static org.alliance.core.scoring.SampleItems.SCALE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties over seeded random branching vignettes and random walks through them. */
class BranchingPropertiesTest {

    @Test
    void a_score_lies_between_the_computed_worst_and_best() {
        qt().withFixedSeed(20260201L).withExamples(2_000).forAll(longs().all()).checkAssert(seed -> {
            var random = new Random(seed);
            var vignette = RandomBranching.vignette(random);
            var range = BranchingBounds.of(vignette, SCALE).orElseThrow();
            assertThat(range.stuckWalks()).isZero();
            for (int walk = 0; walk < 5; walk++) {
                var path = RandomBranching.walk(vignette, random);
                var finished = (Replay.Finished) BranchingPlayer.replay(vignette, path, SCALE);
                assertThat(finished.score().score())
                        .isBetween(range.worst(), range.best())
                        .isBetween(0.0, 1.0);
            }
        });
    }

    @Test
    void the_best_and_worst_paths_reach_the_best_and_worst_scores() {
        qt().withFixedSeed(20260202L).withExamples(2_000).forAll(longs().all()).checkAssert(seed -> {
            var vignette = RandomBranching.vignette(new Random(seed));
            var range = BranchingBounds.of(vignette, SCALE).orElseThrow();
            var best = (Replay.Finished) BranchingPlayer.replay(vignette, range.bestPath(), SCALE);
            var worst = (Replay.Finished) BranchingPlayer.replay(vignette, range.worstPath(), SCALE);
            assertThat(best.score().score()).isEqualTo(range.best());
            assertThat(worst.score().score()).isEqualTo(range.worst());
        });
    }

    @Test
    void replaying_a_path_is_deterministic() {
        qt().withFixedSeed(20260203L).withExamples(1_000).forAll(longs().all()).checkAssert(seed -> {
            var random = new Random(seed);
            var vignette = RandomBranching.vignette(random);
            var path = RandomBranching.walk(vignette, random);
            assertThat(BranchingPlayer.replay(vignette, path, SCALE))
                    .isEqualTo(BranchingPlayer.replay(vignette, path, SCALE));
        });
    }
}
