package org.alliance.core.scoring;

import static org.alliance.core.scoring.SampleItems.SCALE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.alliance.core.model.AcceptedAnswer;
import org.alliance.core.model.BestResponseItem;
import org.alliance.core.model.Item;
import org.alliance.core.model.Normalisation;
import org.alliance.core.model.ShortText;
import org.junit.jupiter.api.Test;

class ItemScoringTest {

    private static ItemResult score(Item item, Response response) {
        return ItemScoring.score(item, response, SCALE);
    }

    @Test
    void single_choice_gives_the_picked_options_partial_credit_feedback_and_misconception() {
        var result = score(SampleItems.bordin(), new Response.SingleChoiceAnswer("c"));
        assertThat(result.score()).isEqualTo(0.5);
        assertThat(result.correctness()).isEqualTo(Correctness.PARTIAL);
        assertThat(result.feedback()).containsExactly("Half of it: the tasks are missing.");
        assertThat(result.misconceptions()).containsExactly("alliance-is-liking");
        assertThat(result.rationale()).containsExactly("Right: goals, tasks, bond.");
    }

    @Test
    void single_choice_right_answer_is_correct_and_wrong_one_incorrect() {
        assertThat(score(SampleItems.bordin(), new Response.SingleChoiceAnswer("a"))
                        .correctness())
                .isEqualTo(Correctness.CORRECT);
        var wrong = score(SampleItems.bordin(), new Response.SingleChoiceAnswer("b"));
        assertThat(wrong.correctness()).isEqualTo(Correctness.INCORRECT);
        assertThat(wrong.misconceptions()).containsExactly("alliance-equals-rogers-conditions");
    }

    @Test
    void an_option_id_the_item_does_not_have_earns_nothing() {
        var result = score(SampleItems.bordin(), new Response.SingleChoiceAnswer("zz"));
        assertThat(result.score()).isZero();
        assertThat(result.feedback()).isEmpty();
    }

    @Test
    void multiple_response_subtracts_wrong_picks_from_right_picks() {
        // Two of three right (2/3) and one of two wrong (1/2): 2/3 − 1/2 = 1/6.
        var result = score(SampleItems.ruptureMarkers(), new Response.MultipleResponseAnswer(Set.of("a", "b", "d")));
        assertThat(result.score()).isCloseTo(1.0 / 6, within(1e-12));
        assertThat(result.correctness()).isEqualTo(Correctness.PARTIAL);
        assertThat(result.feedback()).containsExactly("Moving away.", "Moving away.", "That is confrontation.");
        assertThat(result.misconceptions()).containsExactly("only-anger-counts");
    }

    @Test
    void wrong_picks_never_push_multiple_response_below_zero() {
        var result = score(SampleItems.ruptureMarkers(), new Response.MultipleResponseAnswer(Set.of("a", "d", "e")));
        // 1/3 − 2/2 would be −2/3.
        assertThat(result.score()).isZero();
        assertThat(result.correctness()).isEqualTo(Correctness.INCORRECT);
    }

    @Test
    void picking_everything_in_multiple_response_cancels_out() {
        var result = score(
                SampleItems.ruptureMarkers(), new Response.MultipleResponseAnswer(Set.of("a", "b", "c", "d", "e")));
        assertThat(result.score()).isZero();
    }

    @Test
    void all_right_picks_and_no_wrong_ones_score_full_credit() {
        var result = score(SampleItems.ruptureMarkers(), new Response.MultipleResponseAnswer(Set.of("a", "b", "c")));
        assertThat(result.score()).isEqualTo(1.0);
        assertThat(result.correctness()).isEqualTo(Correctness.CORRECT);
    }

    @Test
    void true_false_scores_the_answer_and_names_the_misconception_behind_a_wrong_one() {
        var wrong = score(SampleItems.allianceStable(), new Response.TrueFalseAnswer(true));
        assertThat(wrong.score()).isZero();
        assertThat(wrong.feedback()).containsExactly("It can rise, decay and recover.");
        assertThat(wrong.misconceptions()).containsExactly("alliance-is-stable");
        var right = score(SampleItems.allianceStable(), new Response.TrueFalseAnswer(false));
        assertThat(right.score()).isEqualTo(1.0);
        assertThat(right.misconceptions()).isEmpty();
    }

    @Test
    void matching_scores_the_fraction_of_pairs_matched() {
        var result = score(
                SampleItems.ruptureRepair(),
                new Response.MatchingAnswer(Map.of("p1", "p1", "p2", "distractor:1", "p3", "p3")));
        assertThat(result.score()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(result.rationale()).containsExactly("Why these pairs belong together.");
    }

    @Test
    void matching_answers_include_distractors_with_ids_that_cannot_clash() {
        assertThat(MatchAnswers.of(SampleItems.ruptureRepair()))
                .extracting(MatchAnswers.MatchAnswer::id)
                .containsExactly("p1", "p2", "p3", "distractor:1");
    }

    @Test
    void ordering_scores_the_fraction_of_steps_in_their_place() {
        var result =
                score(SampleItems.exploratoryRepair(), new Response.OrderingAnswer(List.of("s1", "s3", "s2", "s4")));
        assertThat(result.score()).isEqualTo(0.5);
        var short_ = score(SampleItems.exploratoryRepair(), new Response.OrderingAnswer(List.of("s1")));
        assertThat(short_.score()).isEqualTo(0.25);
    }

    @Test
    void short_text_ignores_case_whitespace_and_punctuation() {
        var result = score(SampleItems.wai(), new Response.ShortTextAnswer("  working   alliance-INVENTORY. "));
        assertThat(result.score()).isEqualTo(1.0);
        assertThat(result.feedback()).containsExactly("Right.");
    }

    @Test
    void short_text_gives_partial_credit_answers_their_own_feedback() {
        var result = score(SampleItems.wai(), new Response.ShortTextAnswer("working alliance index"));
        assertThat(result.score()).isEqualTo(0.5);
        assertThat(result.feedback()).containsExactly("Nearly: Inventory.");
    }

    @Test
    void short_text_wrong_answer_gets_the_wrong_feedback() {
        var result = score(SampleItems.wai(), new Response.ShortTextAnswer("Whatever"));
        assertThat(result.score()).isZero();
        assertThat(result.feedback()).containsExactly("It is the Working Alliance Inventory.");
    }

    @Test
    void short_text_folds_typographic_quotes_dashes_and_unicode_punctuation() {
        var strict = new ShortText(
                "i",
                List.of("o"),
                List.of("c"),
                "Whose conditions?",
                List.of(new AcceptedAnswer("Rogers' conditions", 1, "Right.")),
                new Normalisation(true, true, false),
                "No.");
        assertThat(ItemScoring.score(strict, new Response.ShortTextAnswer("Rogers\u2019 conditions"), SCALE)
                        .score())
                .isEqualTo(1);
        assertThat(score(SampleItems.wai(), new Response.ShortTextAnswer("\u00bfWorking\u2014Alliance Inventory\u2026"))
                        .score())
                .isEqualTo(1);
    }

    @Test
    void short_text_respects_disabled_normalisation_rules() {
        var caseSensitive = new ShortText(
                "i",
                List.of("o"),
                List.of("c"),
                "Abbreviation?",
                List.of(new AcceptedAnswer("WAI", 1, "Right.")),
                new Normalisation(false, true, true),
                "No.");
        assertThat(ItemScoring.score(caseSensitive, new Response.ShortTextAnswer("wai"), SCALE)
                        .score())
                .isZero();
        assertThat(ItemScoring.score(caseSensitive, new Response.ShortTextAnswer(" WAI "), SCALE)
                        .score())
                .isEqualTo(1);
    }

    @Test
    void best_response_maps_the_rating_to_a_fraction() {
        // RESEARCH.md (e) V3: A=3, B=1, C=2, D=5 → 0.5, 0, 0.25, 1.
        var item = SampleItems.v3Item();
        assertThat(score(item, new Response.BestResponseAnswer("a")).score()).isEqualTo(0.5);
        assertThat(score(item, new Response.BestResponseAnswer("b")).score()).isZero();
        assertThat(score(item, new Response.BestResponseAnswer("c")).score()).isEqualTo(0.25);
        var best = score(item, new Response.BestResponseAnswer("d"));
        assertThat(best.score()).isEqualTo(1.0);
        assertThat(best.correctness()).isEqualTo(Correctness.CORRECT);
        assertThat(score(item, new Response.BestResponseAnswer("c")).misconceptions())
                .containsExactly("insight-alone-suffices");
        assertThat(score(item, new Response.BestResponseAnswer("a")).feedback())
                .containsExactly("Kind, but stays at the content level.");
    }

    @Test
    void best_response_averages_a_panel_of_raters_and_the_best_available_option_earns_full_marks() {
        var item = new BestResponseItem(
                "q",
                List.of("o"),
                List.of("c"),
                "stem",
                "client",
                Optional.empty(),
                List.of(
                        SampleItems.panel(
                                "a",
                                Map.of("d1-empathic-accuracy", 5, "d4-process-responsiveness", 5),
                                Map.of("d1-empathic-accuracy", 5, "d4-process-responsiveness", 4)),
                        SampleItems.rated("b", 2, "Mechanical.", "m")));
        // Dimension means 5 and 4.5 → 4.75 → (4.75 − 1) / 4 = 0.9375; it is the best option, so it earns 1.
        var result = score(item, new Response.BestResponseAnswer("a"));
        assertThat(result.score()).isEqualTo(1.0);
        assertThat(result.max()).isEqualTo(1.0);
        assertThat(result.correctness()).isEqualTo(Correctness.CORRECT);
        // b: (2 − 1) / 4 = 0.25 of the scale, 0.25 / 0.9375 of the best available.
        assertThat(score(item, new Response.BestResponseAnswer("b")).score()).isCloseTo(0.25 / 0.9375, within(1e-12));
    }

    @Test
    void an_unanswered_item_scores_zero_but_keeps_its_rationale() {
        var result = score(SampleItems.bordin(), new Response.Unanswered());
        assertThat(result.score()).isZero();
        assertThat(result.correctness()).isEqualTo(Correctness.INCORRECT);
        assertThat(result.rationale()).containsExactly("Right: goals, tasks, bond.");
    }

    @Test
    void a_response_for_another_item_type_is_a_programming_error() {
        assertThatThrownBy(() -> score(SampleItems.bordin(), new Response.TrueFalseAnswer(true)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_key_scores_the_maximum_for_every_item_type() {
        for (var item : List.of(
                SampleItems.bordin(),
                SampleItems.ruptureMarkers(),
                SampleItems.allianceStable(),
                SampleItems.ruptureRepair(),
                SampleItems.exploratoryRepair(),
                SampleItems.wai(),
                SampleItems.v3Item())) {
            var result = score(item, ItemKey.of(item));
            assertThat(result.correctness()).as(item.id()).isEqualTo(Correctness.CORRECT);
            assertThat(result.score()).as(item.id()).isEqualTo(result.max());
        }
    }
}
