package org.alliance.core.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.alliance.core.model.GradingMethod;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class AttemptGradingTest {

    private static final List<Double> SCORES = List.of(0.4, 0.9, 0.5);

    @Test
    void each_method_picks_its_attempt() {
        assertThat(AttemptGrading.grade(GradingMethod.HIGHEST, SCORES).getAsDouble())
                .isEqualTo(0.9);
        assertThat(AttemptGrading.grade(GradingMethod.LAST, SCORES).getAsDouble())
                .isEqualTo(0.5);
        assertThat(AttemptGrading.grade(GradingMethod.FIRST, SCORES).getAsDouble())
                .isEqualTo(0.4);
        assertThat(AttemptGrading.grade(GradingMethod.AVERAGE, SCORES).getAsDouble())
                .isCloseTo(0.6, Assertions.within(1e-12));
    }

    @Test
    void no_finished_attempt_means_no_grade() {
        for (var method : GradingMethod.values()) {
            assertThat(AttemptGrading.grade(method, List.of())).isEmpty();
        }
    }
}
