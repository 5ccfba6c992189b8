package org.alliance.core.scoring.attempt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.alliance.core.model.Behaviour;
import org.alliance.core.model.ReviewDetail;
import org.alliance.core.model.ReviewOptions;
import org.alliance.core.scoring.ItemScoring;
import org.alliance.core.scoring.Response;
import org.alliance.core.scoring.SampleItems;
import org.junit.jupiter.api.Test;

class AttemptRulesTest {

    private static final Instant START = Instant.parse("2026-03-01T09:00:00Z");

    @Test
    void zero_attempts_means_unlimited() {
        assertThat(AttemptLimit.canStart(100, 0)).isTrue();
        assertThat(AttemptLimit.remaining(100, 0)).isEmpty();
    }

    @Test
    void the_attempt_limit_stops_new_attempts() {
        assertThat(AttemptLimit.canStart(1, 2)).isTrue();
        assertThat(AttemptLimit.canStart(2, 2)).isFalse();
        assertThat(AttemptLimit.remaining(1, 2)).isEqualTo(OptionalInt.of(1));
    }

    @Test
    void time_left_is_computed_from_start_limit_and_now() {
        assertThat(TimeLeft.of(START, 30, START.plusSeconds(600)))
                .isEqualTo(new TimeLeft.Running(Duration.ofMinutes(20), START.plusSeconds(1800)));
        assertThat(TimeLeft.of(START, 30, START.plusSeconds(1860)))
                .isEqualTo(new TimeLeft.Expired(START.plusSeconds(1800), Duration.ofMinutes(1)));
        assertThat(TimeLeft.of(START, 30, START.plusSeconds(1800))).isInstanceOf(TimeLeft.Expired.class);
        assertThat(TimeLeft.of(START, 0, START.plusSeconds(99_999))).isEqualTo(new TimeLeft.Unlimited());
    }

    @Test
    void review_phase_depends_on_submission_and_the_close_date() {
        var close = Optional.of(START.plusSeconds(3600));
        assertThat(ReviewPhase.of(false, close, START.plusSeconds(7200))).isEqualTo(ReviewPhase.DURING);
        assertThat(ReviewPhase.of(true, close, START)).isEqualTo(ReviewPhase.AFTER_SUBMIT);
        assertThat(ReviewPhase.of(true, close, START.plusSeconds(3600))).isEqualTo(ReviewPhase.AFTER_CLOSE);
        assertThat(ReviewPhase.of(true, Optional.empty(), START.plusSeconds(99_999)))
                .isEqualTo(ReviewPhase.AFTER_SUBMIT);
    }

    @Test
    void review_policy_shows_what_each_phase_allows() {
        var options = new ReviewOptions(
                List.of(ReviewDetail.FEEDBACK),
                List.of(ReviewDetail.SCORE, ReviewDetail.CORRECTNESS),
                List.of(ReviewDetail.KEY, ReviewDetail.RATIONALE));
        assertThat(ReviewPolicy.visible(options, Behaviour.INTERACTIVE, ReviewPhase.DURING))
                .containsExactly(ReviewDetail.FEEDBACK);
        assertThat(ReviewPolicy.visible(options, Behaviour.DEFERRED, ReviewPhase.DURING))
                .isEmpty();
        assertThat(ReviewPolicy.visible(options, Behaviour.DEFERRED, ReviewPhase.AFTER_SUBMIT))
                .containsExactlyInAnyOrder(ReviewDetail.SCORE, ReviewDetail.CORRECTNESS);
        assertThat(ReviewPolicy.visible(options, Behaviour.DEFERRED, ReviewPhase.AFTER_CLOSE))
                .containsExactlyInAnyOrder(
                        ReviewDetail.SCORE, ReviewDetail.CORRECTNESS, ReviewDetail.KEY, ReviewDetail.RATIONALE);
    }

    @Test
    void a_reviewed_item_carries_only_the_visible_details() {
        var item = SampleItems.bordin();
        var result = ItemScoring.score(item, new Response.SingleChoiceAnswer("b"), SampleItems.SCALE);
        var hidden = ReviewedItem.of(item, result, Set.of(ReviewDetail.CORRECTNESS));
        assertThat(hidden.score()).isEmpty();
        assertThat(hidden.correctness()).isPresent();
        assertThat(hidden.feedback()).isEmpty();
        assertThat(hidden.misconceptions()).isEmpty();
        assertThat(hidden.key()).isEmpty();
        var all = ReviewedItem.of(item, result, EnumSet.allOf(ReviewDetail.class));
        assertThat(all.score()).hasValue(0.0);
        assertThat(all.feedback()).containsExactly("Those are Rogers' conditions.");
        assertThat(all.misconceptions()).containsExactly("alliance-equals-rogers-conditions");
        assertThat(all.key()).hasValue(new Response.SingleChoiceAnswer("a"));
    }

    @Test
    void feedback_that_is_also_the_rationale_is_shown_once() {
        var item = SampleItems.bordin();
        var all = EnumSet.allOf(ReviewDetail.class);
        var keyed = ReviewedItem.of(
                item, ItemScoring.score(item, new Response.SingleChoiceAnswer("a"), SampleItems.SCALE), all);
        assertThat(keyed.feedback()).containsExactly("Right: goals, tasks, bond.");
        assertThat(keyed.rationale())
                .as("the key's feedback is already shown as feedback")
                .isEmpty();

        var wrong = ReviewedItem.of(
                item, ItemScoring.score(item, new Response.SingleChoiceAnswer("b"), SampleItems.SCALE), all);
        assertThat(wrong.rationale())
                .as("a wrong answer still learns why the key is the key")
                .containsExactly("Right: goals, tasks, bond.");

        var rationaleOnly = ReviewedItem.of(
                item,
                ItemScoring.score(item, new Response.SingleChoiceAnswer("a"), SampleItems.SCALE),
                Set.of(ReviewDetail.RATIONALE));
        assertThat(rationaleOnly.rationale())
                .as("without feedback shown, nothing is repeated")
                .containsExactly("Right: goals, tasks, bond.");
    }
}
