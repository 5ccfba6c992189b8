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
import org.alliance.core.model.Choice;
import org.alliance.core.model.Ending;
import org.alliance.core.model.Node;
import org.alliance.core.model.Outcome;
import org.alliance.core.scoring.SampleVignettes;
import org.junit.jupiter.api.Test;

class BranchingPlayerTest {

    private static final BranchingVignette V2 = SampleBranching.v2();

    private static BranchingScore finish(String... path) {
        var replay = BranchingPlayer.replay(V2, List.of(path), SCALE);
        assertThat(replay).isInstanceOf(Replay.Finished.class);
        return ((Replay.Finished) replay).score();
    }

    @Test
    void start_shows_the_first_node_and_its_choices() {
        var opening = BranchingPlayer.start(V2);
        assertThat(opening.node().id()).isEqualTo("n1");
        assertThat(opening.meter()).isEqualTo(50);
        assertThat(opening.available()).extracting(Choice::id).containsExactly("a", "b", "c", "d");
    }

    @Test
    void a_step_returns_the_clients_next_line_feedback_meter_change_and_next_choices() {
        var step = BranchingPlayer.step(V2, List.of(), "a", SCALE);
        assertThat(step).isInstanceOfSatisfying(StepResult.Continued.class, next -> {
            assertThat(next.node().client()).isEqualTo("See? You're doing it again.");
            assertThat(next.feedback()).isEqualTo("Feedback on a");
            assertThat(next.misconception()).hasValue("repair-means-defending-rationale");
            assertThat(next.taken().meterChange()).isEqualTo(-15);
            assertThat(next.meter()).isEqualTo(35);
            assertThat(next.taken().score()).isEqualTo(0.25);
            assertThat(next.taken().misstep()).isTrue();
            // The joke needs the meter at 40 or more: hidden at 35.
            assertThat(next.available()).extracting(Choice::id).containsExactly("a", "b");
        });
    }

    @Test
    void requires_gates_a_choice_by_the_meter() {
        assertThat(BranchingPlayer.step(V2, List.of("a"), "c", SCALE))
                .isEqualTo(new StepResult.Rejected(Rejection.NOT_AVAILABLE, "n2-escalates/c"));
        assertThat(BranchingPlayer.step(V2, List.of("c"), "c", SCALE)).isInstanceOf(StepResult.Continued.class);
    }

    @Test
    void next_follows_the_first_branch_whose_meter_condition_holds() {
        // After a (35) the repair lifts the meter to 55 < 60: guarded. After c (40) it reaches 60: opens.
        var guarded = (StepResult.Continued) BranchingPlayer.step(V2, List.of("a"), "a", SCALE);
        assertThat(guarded.node().id()).isEqualTo("n3-guarded");
        var opens = (StepResult.Continued) BranchingPlayer.step(V2, List.of("c"), "a", SCALE);
        assertThat(opens.node().id()).isEqualTo("n3-opens");
    }

    @Test
    void reaching_an_ending_gives_the_ending_and_the_score() {
        var step = BranchingPlayer.step(V2, List.of("b"), "a", SCALE);
        assertThat(step).isInstanceOfSatisfying(StepResult.Ended.class, ended -> {
            assertThat(ended.ending().outcome()).isEqualTo(Outcome.REPAIRED);
            // Node scores 1 and 1, mean 1, plus bonus 0.1: a total of 1.1, the best clean walk's, so 1.
            assertThat(ended.score().total()).isCloseTo(1.1, within(1e-12));
            assertThat(ended.score().normaliser()).isCloseTo(1.1, within(1e-12));
            assertThat(ended.score().score()).isEqualTo(1.0);
            assertThat(ended.score().bonus()).isEqualTo(0.1);
            assertThat(ended.meter()).isEqualTo(70);
        });
    }

    @Test
    void choices_that_cannot_be_taken_are_rejected_with_a_reason() {
        assertThat(BranchingPlayer.step(V2, List.of(), "zz", SCALE))
                .isEqualTo(new StepResult.Rejected(Rejection.UNKNOWN_CHOICE, "n1/zz"));
        assertThat(BranchingPlayer.step(V2, List.of("b", "a"), "a", SCALE))
                .isEqualTo(new StepResult.Rejected(Rejection.ALREADY_ENDED, "e-repaired"));
        assertThat(BranchingPlayer.step(V2, List.of("zz"), "a", SCALE))
                .isInstanceOfSatisfying(
                        StepResult.Rejected.class,
                        rejected -> assertThat(rejected.reason()).isEqualTo(Rejection.INVALID_PATH));
    }

    @Test
    void node_scores_average_the_ending_bonus_is_added_and_the_best_clean_total_scores_one() {
        // d (3 → 0.5) then a (5 → 1): mean 0.75 + 0.1 = 0.85, over the best clean total 1.1.
        var score = finish("d", "a");
        assertThat(score.total()).isCloseTo(0.85, within(1e-12));
        assertThat(score.score()).isCloseTo(0.85 / 1.1, within(1e-12));
        assertThat(score.nodeScores()).containsExactly(0.5, 1.0);
        // d then b (3): mean 0.5, neutral ending, no bonus.
        assertThat(finish("d", "b").score()).isCloseTo(0.5 / 1.1, within(1e-12));
    }

    @Test
    void repair_after_a_misstep_earns_credit() {
        // c (2 → 0.25, a misstep), then the repair a (5 → 1), then n3-opens a (5 → 1): the misstep
        // is repaired to 0.25 + 0.5 × 0.75 = 0.625; mean (0.625 + 1 + 1) / 3 = 0.875; + 0.1 bonus = 0.975,
        // over the clean walk's 1.1: 0.886. It no longer ties the clean walk's 1.
        var repaired = finish("c", "a", "a");
        assertThat(repaired.nodeScores()).containsExactly(0.625, 1.0, 1.0);
        assertThat(repaired.repairs()).isEqualTo(1);
        assertThat(repaired.total()).isCloseTo(0.975, within(1e-12));
        assertThat(repaired.score())
                .isCloseTo(0.975 / 1.1, within(1e-12))
                .isLessThan(finish("b", "a").score());
        // The same misstep followed by the non-repair joke (3) keeps its 0.25: (0.25 + 0.5 + 1) / 3 + 0.1.
        var unrepaired = finish("c", "c", "a");
        assertThat(unrepaired.nodeScores()).containsExactly(0.25, 0.5, 1.0);
        assertThat(unrepaired.repairs()).isZero();
        assertThat(unrepaired.score())
                .isCloseTo((1.75 / 3 + 0.1) / 1.1, within(1e-12))
                .isLessThan(repaired.score());
    }

    @Test
    void a_repair_without_an_earlier_misstep_earns_nothing_extra() {
        // b at n1 is a repair move but nothing needed repairing.
        var score = finish("b", "b");
        assertThat(score.repairs()).isZero();
        assertThat(score.nodeScores()).containsExactly(1.0, 0.5);
    }

    @Test
    void safety_choice_caps_score_at_zero() {
        var score = finish("a", "b");
        assertThat(score.score()).isZero();
        assertThat(score.safetyFlagged()).isTrue();
        assertThat(score.outcome()).isEqualTo(Outcome.WITHDRAWN);
    }

    @Test
    void the_meter_is_clamped_to_its_bounds_and_the_step_reports_the_real_change() {
        var vignette = new BranchingVignette(
                SampleVignettes.header("v-clamp", Optional.empty()),
                "n1",
                new AllianceMeter(10, 0, 100),
                List.of(new Node("n1", "Hm.", Optional.empty(), List.of(choice("a", 1, -40, List.of(Branch.to("e")))))),
                List.of(new Ending("e", "Bye.", Outcome.WITHDRAWN, 0, "")));
        var ended = (StepResult.Ended) BranchingPlayer.step(vignette, List.of(), "a", SCALE);
        assertThat(ended.meter()).isZero();
        assertThat(ended.taken().meterChange()).isEqualTo(-10);
    }

    @Test
    void an_unfinished_path_is_still_playing() {
        assertThat(BranchingPlayer.replay(V2, List.of("a"), SCALE))
                .isInstanceOfSatisfying(
                        Replay.Playing.class,
                        playing -> assertThat(playing.trail().position()).isEqualTo("n2-escalates"));
    }
}
