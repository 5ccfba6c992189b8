package org.alliance.core.practice;

import static org.assertj.core.api.Assertions.assertThat;

import org.alliance.core.model.Level;
import org.junit.jupiter.api.Test;

class DifficultyTest {

    @Test
    void too_easy_moves_up_one_level_and_stops_at_advanced() {
        assertThat(Difficulty.TOO_EASY.next(Level.BEGINNER)).isEqualTo(Level.INTERMEDIATE);
        assertThat(Difficulty.TOO_EASY.next(Level.INTERMEDIATE)).isEqualTo(Level.ADVANCED);
        assertThat(Difficulty.TOO_EASY.next(Level.ADVANCED)).isEqualTo(Level.ADVANCED);
    }

    @Test
    void too_hard_moves_down_one_level_and_stops_at_beginner() {
        assertThat(Difficulty.TOO_HARD.next(Level.ADVANCED)).isEqualTo(Level.INTERMEDIATE);
        assertThat(Difficulty.TOO_HARD.next(Level.INTERMEDIATE)).isEqualTo(Level.BEGINNER);
        assertThat(Difficulty.TOO_HARD.next(Level.BEGINNER)).isEqualTo(Level.BEGINNER);
    }

    @Test
    void a_good_challenge_stays_at_its_level() {
        for (Level level : Level.values()) {
            assertThat(Difficulty.GOOD_CHALLENGE.next(level)).isEqualTo(level);
        }
    }
}
