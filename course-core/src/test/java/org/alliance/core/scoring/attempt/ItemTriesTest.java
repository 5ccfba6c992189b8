package org.alliance.core.scoring.attempt;

import static org.alliance.core.scoring.SampleItems.SCALE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alliance.core.model.Behaviour;
import org.alliance.core.model.GradingMethod;
import org.alliance.core.model.Quiz;
import org.alliance.core.model.QuizSettings;
import org.alliance.core.model.ReviewOptions;
import org.alliance.core.scoring.Correctness;
import org.alliance.core.scoring.Response;
import org.alliance.core.scoring.SampleItems;
import org.junit.jupiter.api.Test;

class ItemTriesTest {

    private static final QuizSettings INTERACTIVE = new QuizSettings(
            Behaviour.INTERACTIVE, 3, 0.25, 0, GradingMethod.HIGHEST, 0, 0.7, true, ReviewOptions.defaults());
    private static final QuizSettings DEFERRED = QuizSettings.defaults();

    private static final Response WRONG = new Response.SingleChoiceAnswer("b");
    private static final Response HALF = new Response.SingleChoiceAnswer("c");
    private static final Response RIGHT = new Response.SingleChoiceAnswer("a");

    @Test
    void each_extra_try_costs_the_penalty() {
        // Right on the third try: 1 − 0.25 × 2 = 0.5.
        var tries = ItemTries.of(SampleItems.bordin(), List.of(WRONG, HALF, RIGHT), INTERACTIVE, SCALE);
        assertThat(tries.result().score()).isEqualTo(0.5);
        assertThat(tries.raw()).isEqualTo(1.0);
        assertThat(tries.result().correctness()).isEqualTo(Correctness.CORRECT);
        assertThat(tries.canTryAgain()).isFalse();
    }

    @Test
    void the_penalty_never_pushes_a_score_below_zero() {
        assertThat(RetryPenalty.apply(0.5, 3, 0.25)).isZero();
        assertThat(RetryPenalty.apply(0.5, 1, 0.25)).isEqualTo(0.5);
        var tries = ItemTries.of(SampleItems.bordin(), List.of(WRONG, WRONG, HALF), INTERACTIVE, SCALE);
        assertThat(tries.result().score()).isZero();
    }

    @Test
    void a_wrong_answer_may_be_tried_again_while_tries_remain() {
        var first = ItemTries.of(SampleItems.bordin(), List.of(HALF), INTERACTIVE, SCALE);
        assertThat(first.canTryAgain()).isTrue();
        assertThat(first.result().score()).isEqualTo(0.5);
        var last = ItemTries.of(SampleItems.bordin(), List.of(WRONG, WRONG, WRONG), INTERACTIVE, SCALE);
        assertThat(last.canTryAgain()).isFalse();
    }

    @Test
    void no_try_beyond_the_limit_or_after_a_correct_answer() {
        assertThatThrownBy(() ->
                        ItemTries.of(SampleItems.bordin(), List.of(WRONG, WRONG, WRONG, RIGHT), INTERACTIVE, SCALE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ItemTries.of(SampleItems.bordin(), List.of(RIGHT, RIGHT), INTERACTIVE, SCALE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deferred_behaviour_scores_the_last_answer_without_penalty() {
        var tries = ItemTries.of(SampleItems.bordin(), List.of(WRONG, RIGHT), DEFERRED, SCALE);
        assertThat(tries.result().score()).isEqualTo(1.0);
        assertThat(tries.canTryAgain()).isFalse();
    }

    @Test
    void a_quiz_attempt_scores_the_mean_of_its_items_and_leaves_blanks_at_zero() {
        var quiz = new Quiz(
                "q",
                "Quiz",
                INTERACTIVE,
                List.of(SampleItems.bordin(), SampleItems.ruptureMarkers(), SampleItems.allianceStable()));
        var result = QuizAttemptResult.of(
                quiz,
                Map.of(
                        "q2-i1", List.of(WRONG, RIGHT),
                        "q6-i2", List.of(new Response.MultipleResponseAnswer(Set.of("a", "b", "c")))),
                SCALE);
        // 0.75 (right on try two) + 1 + 0 (blank) over three items.
        assertThat(result.score()).isCloseTo(1.75 / 3, within(1e-12));
        assertThat(result.passed()).isFalse();
        assertThat(result.max()).isEqualTo(1.0);
        assertThat(result.items()).extracting(r -> r.itemId()).containsExactly("q2-i1", "q6-i2", "q2-i3");
    }
}
