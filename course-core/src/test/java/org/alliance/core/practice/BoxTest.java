package org.alliance.core.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BoxTest {

    @Test
    void a_statement_rated_too_hard_comes_back_in_the_next_round() {
        var box = Box.after(Difficulty.TOO_HARD, false, 3);
        assertThat(box).isEqualTo(new Box(1, 4));
        assertThat(box.dueIn(3)).isFalse();
        assertThat(box.dueIn(4)).isTrue();
    }

    @Test
    void a_good_challenge_waits_two_rounds_and_too_easy_four() {
        assertThat(Box.after(Difficulty.GOOD_CHALLENGE, false, 3)).isEqualTo(new Box(2, 5));
        assertThat(Box.after(Difficulty.TOO_EASY, false, 3)).isEqualTo(new Box(3, 7));
    }

    @Test
    void a_response_sent_for_feedback_brings_its_statement_back_next_round_however_it_was_rated() {
        assertThat(Box.after(Difficulty.TOO_EASY, true, 2)).isEqualTo(new Box(1, 3));
        assertThat(Box.feedbackRequested(2)).isEqualTo(new Box(1, 3));
    }

    @Test
    void only_three_boxes_exist() {
        assertThatThrownBy(() -> new Box(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Box(4, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
