package org.alliance.core.scoring.vignette;

import static org.alliance.core.scoring.SampleItems.SCALE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alliance.core.agreement.RaterRatings;
import org.alliance.core.agreement.Release;
import org.alliance.core.scoring.Correctness;
import org.alliance.core.scoring.SampleVignettes;
import org.junit.jupiter.api.Test;

class VignetteScoringTest {

    @Test
    void v1_best_response_scores_follow_the_ratings() {
        // V1: A=1, B=2, C=3, D=5 → (r − 1) / 4 = 0, 0.25, 0.5, 1.
        var v1 = SampleVignettes.v1();
        assertThat(VignetteScoring.bestResponse(v1, "a", SCALE).score()).isZero();
        assertThat(VignetteScoring.bestResponse(v1, "b", SCALE).score()).isEqualTo(0.25);
        assertThat(VignetteScoring.bestResponse(v1, "c", SCALE).score()).isEqualTo(0.5);
        var d = VignetteScoring.bestResponse(v1, "d", SCALE);
        assertThat(d.score()).isEqualTo(1.0);
        assertThat(d.correctness()).isEqualTo(Correctness.CORRECT);
        assertThat(VignetteScoring.bestResponse(v1, "b", SCALE).misconceptions())
                .containsExactly("resistance-is-the-clients");
    }

    @Test
    void v3_best_response_scores_follow_the_ratings() {
        // V3: A=3, B=1, C=2, D=5 → 0.5, 0, 0.25, 1.
        var v3 = SampleVignettes.v3();
        assertThat(List.of("a", "b", "c", "d"))
                .map(option -> VignetteScoring.bestResponse(v3, option, SCALE).score())
                .containsExactly(0.5, 0.0, 0.25, 1.0);
    }

    @Test
    void rate_options_scores_closeness_to_the_reference_ratings() {
        // V2 reference A=2, B=5, C=2, D=3; the student rates 3, 5, 1, 3: differences 1, 0, 1, 0,
        // mean 0.5 → 1 − 0.5 / 4 = 0.875.
        var result = VignetteScoring.rateOptions(SampleVignettes.v2(), Map.of("a", 3, "b", 5, "c", 1, "d", 3), SCALE);
        assertThat(result.score()).isCloseTo(0.875, within(1e-12));
        assertThat(result.correctness()).isEqualTo(Correctness.PARTIAL);
        assertThat(result.feedback()).hasSize(4);
    }

    @Test
    void rating_every_option_exactly_scores_full_and_the_opposite_end_scores_low() {
        var v2 = SampleVignettes.v2();
        assertThat(VignetteScoring.rateOptions(v2, Map.of("a", 2, "b", 5, "c", 2, "d", 3), SCALE)
                        .score())
                .isEqualTo(1.0);
        // Differences 3, 4, 3, 2: mean 3 → 1 − 3/4 = 0.25.
        assertThat(VignetteScoring.rateOptions(v2, Map.of("a", 5, "b", 1, "c", 5, "d", 5), SCALE)
                        .score())
                .isCloseTo(0.25, within(1e-12));
    }

    @Test
    void an_unrated_option_counts_as_far_off_as_the_scale_allows() {
        // A's reference 2 is 3 from the far end (5): differences 3, 0, 0, 0 → 1 − 0.75/4.
        var result = VignetteScoring.rateOptions(SampleVignettes.v2(), Map.of("b", 5, "c", 2, "d", 3), SCALE);
        assertThat(result.score()).isCloseTo(1 - 0.75 / 4, within(1e-12));
    }

    @Test
    void a_rating_outside_the_scale_is_refused() {
        assertThatThrownBy(() -> VignetteScoring.rateOptions(SampleVignettes.v2(), Map.of("a", 9), SCALE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void free_text_releases_the_instructors_score_and_the_self_assessment_never_counts() {
        var vignette = SampleVignettes.freeText();
        var first = new RaterRatings("ana", Map.of("d1-empathic-accuracy", 4, "d4-process-responsiveness", 3));
        var second = new RaterRatings("ben", Map.of("d1-empathic-accuracy", 4, "d4-process-responsiveness", 4));
        var release = FreeTextScoring.release(vignette, SCALE, List.of(first, second), Optional.empty());
        // Means 4 and 3.5 → 3.75 → 0.6875, whatever the student thought of it.
        assertThat(release).isInstanceOfSatisfying(Release.Released.class, released -> {
            assertThat(released.score()).isCloseTo(0.6875, within(1e-12));
            var self = new SelfAssessment(Map.of("d1-empathic-accuracy", 5, "d4-process-responsiveness", 5));
            assertThat(FreeTextScoring.selfAssessmentGap(self, released))
                    .containsEntry("d1-empathic-accuracy", 1.0)
                    .containsEntry("d4-process-responsiveness", 1.5);
        });
    }

    @Test
    void free_text_waits_for_a_second_rater() {
        var first = new RaterRatings("ana", Map.of("d1-empathic-accuracy", 4, "d4-process-responsiveness", 3));
        assertThat(FreeTextScoring.release(SampleVignettes.freeText(), SCALE, List.of(first), Optional.empty()))
                .isEqualTo(new Release.AwaitingSecondRater("ana"));
    }
}
