package org.alliance.core.drill;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.alliance.core.model.DrillHint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HintDetectorsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "How long has it felt like this?",
                "That sounds hard. What do you make of it?",
                "Is it that nobody asks?\"",
                "Could it be *anger*?*",
                "Sad, maybe? ",
            })
    void a_question_is_a_response_whose_last_sentence_ends_with_a_question_mark(String response) {
        assertThat(HintDetectors.fires(DrillHint.QUESTION, response)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "What a weight to carry alone.",
                "Why this matters so much is still unclear to me, and that's all right.",
                "Was it lonely? It sounds lonely.",
                "I wonder whether some of it is grief",
            })
    void a_response_that_ends_as_a_statement_is_no_question(String response) {
        assertThat(HintDetectors.fires(DrillHint.QUESTION, response)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "You should tell your manager how you feel.",
                "I think you should take a break.",
                "It sounds hard. Maybe try writing it down.",
                "Try to breathe before you answer.",
                "Just say no next time.",
                "Why don't you ask her?",
                "Why don’t you ask her?",
                "Have you tried telling him?",
                "What if you left a little earlier?",
                "\"Just let it go,\" I would say.",
                "So, you could try a walk.",
            })
    void advice_opens_a_sentence_with_a_directive(String response) {
        assertThat(HintDetectors.fires(DrillHint.ADVICE, response)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "It sounds as if you feel you should manage alone.",
                "Trying so hard and still feeling unseen must be exhausting.",
                "Justice matters a lot to you.",
                "Part of you might wish someone would just notice.",
                "Maybe there is some fear in it too.",
            })
    void a_directive_inside_a_reflection_or_a_word_that_only_starts_alike_is_no_advice(String response) {
        assertThat(HintDetectors.fires(DrillHint.ADVICE, response)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Don't worry about it.",
                "Don’t worry, it happens.",
                "It'll be fine in the end.",
                "It’ll be okay.",
                "I know it will be alright.",
                "You'll be fine.",
                "Everything will work out.",
                "I'm sure she didn't mean it.",
                "I’m sure you did your best.",
                "I AM SURE of it.",
            })
    void reassurance_is_a_soothing_phrase_anywhere_with_either_apostrophe(String response) {
        assertThat(HintDetectors.fires(DrillHint.REASSURANCE, response)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "You seem worried it won't be fine.",
                "I'm not sure what that was like for you.",
                "Everything you did went unnoticed.",
                "It will be hard to say this to her.",
            })
    void worry_named_or_uncertainty_owned_is_no_reassurance(String response) {
        assertThat(HintDetectors.fires(DrillHint.REASSURANCE, response)).isFalse();
    }

    @Test
    void only_the_hints_switched_on_are_reported_and_each_once() {
        var drill = SampleDrills.drill("d1", Optional.empty(), DrillHint.QUESTION, DrillHint.QUESTION);

        assertThat(HintDetectors.firing(drill, "Don't worry. Why not rest?")).containsExactly(DrillHint.QUESTION);
        assertThat(HintDetectors.firing(drill, "Don't worry.")).isEmpty();
    }
}
