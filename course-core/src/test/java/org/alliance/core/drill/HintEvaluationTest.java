package org.alliance.core.drill;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.alliance.core.model.DrillHint;
import org.alliance.core.model.DrillStatement;
import org.junit.jupiter.api.Test;

class HintEvaluationTest {

    @Test
    void each_hint_is_silent_on_the_examples_and_fires_on_its_share_of_poor_responses() {
        var drill = SampleDrills.drill("d1", Optional.empty(), DrillHint.ADVICE);

        var evaluations = HintEvaluation.of(drill);

        assertThat(evaluations).extracting(HintEvaluation::hint).containsExactly(DrillHint.values());
        assertThat(evaluations).allSatisfy(e -> {
            assertThat(e.examplesHit()).isZero();
            assertThat(e.poor()).isEqualTo(9);
            assertThat(e.poorHit()).isEqualTo(3);
            assertThat(e.hitRate()).hasValue(3.0 / 9);
            assertThat(e.measured()).isTrue();
        });
        assertThat(evaluations)
                .filteredOn(HintEvaluation::switchedOn)
                .extracting(HintEvaluation::hint)
                .containsExactly(DrillHint.ADVICE);
    }

    @Test
    void an_example_a_hint_fires_on_is_named_with_its_statement_and_position() {
        List<String> examples = new ArrayList<>(SampleDrills.EXAMPLES);
        examples.set(3, "Is it the pressure?");
        var drill = SampleDrills.withLevels(
                "d1", Optional.empty(), List.of(DrillHint.QUESTION), SampleDrills.levels(examples));

        var question = HintEvaluation.of(drill, DrillHint.QUESTION);

        assertThat(question.onExamples()).containsExactly(new HintEvaluation.Hit("b2", 1, "Is it the pressure?"));
    }

    @Test
    void without_poor_responses_there_is_no_hit_rate_and_nothing_is_measured() {
        var levels = SampleDrills.levels(SampleDrills.EXAMPLES);
        levels.replaceAll((level, statements) -> statements.stream()
                .map(s -> new DrillStatement(
                        s.id(), s.context(), s.tone(), s.client(), s.criteria(), s.examples(), List.of()))
                .toList());
        var drill = SampleDrills.withLevels("d1", Optional.empty(), List.of(), levels);

        var reassurance = HintEvaluation.of(drill, DrillHint.REASSURANCE);

        assertThat(reassurance.hitRate()).isEmpty();
        assertThat(reassurance.measured()).isFalse();
    }
}
