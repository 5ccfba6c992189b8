package org.alliance.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReleaseRuleTest {

    private static final List<String> DIMENSIONS = List.of("d1-empathic-accuracy", "d4-process-responsiveness");

    private static Release decide(List<RaterRatings> raters, Optional<RaterRatings> resolution) {
        return ReleaseRule.decide(DIMENSIONS, 1, 5, raters, resolution);
    }

    private static RaterRatings rater(String id, int d1, int d4) {
        return new RaterRatings(id, Map.of("d1-empathic-accuracy", d1, "d4-process-responsiveness", d4));
    }

    @Test
    void nothing_is_released_before_two_raters() {
        assertThat(decide(List.of(), Optional.empty())).isEqualTo(new Release.NotRated());
        assertThat(decide(List.of(rater("ana", 4, 4)), Optional.empty()))
                .isEqualTo(new Release.AwaitingSecondRater("ana"));
    }

    @Test
    void close_ratings_release_their_mean() {
        var release = decide(List.of(rater("ana", 4, 3), rater("ben", 5, 3)), Optional.empty());
        // Dimension means 4.5 and 3 → 3.75 → (3.75 − 1) / 4 = 0.6875.
        assertThat(release).isInstanceOfSatisfying(Release.Released.class, released -> {
            assertThat(released.score()).isCloseTo(0.6875, within(1e-12));
            assertThat(released.dimensionRatings()).containsEntry("d1-empathic-accuracy", 4.5);
            assertThat(released.resolved()).isFalse();
        });
    }

    @Test
    void a_gap_of_more_than_one_point_needs_resolution() {
        var release = decide(List.of(rater("ana", 2, 3), rater("ben", 5, 4)), Optional.empty());
        assertThat(release).isEqualTo(new Release.NeedsResolution(List.of("d1-empathic-accuracy"), false));
    }

    @Test
    void the_resolution_rating_settles_only_the_disputed_dimension() {
        var release = decide(List.of(rater("ana", 2, 3), rater("ben", 5, 4)), Optional.of(rater("cho", 4, 1)));
        // d1 from the resolution (4), d4 the mean 3.5: mean 3.75 → 0.6875.
        assertThat(release).isInstanceOfSatisfying(Release.Released.class, released -> {
            assertThat(released.score()).isCloseTo(0.6875, within(1e-12));
            assertThat(released.dimensionRatings()).containsEntry("d4-process-responsiveness", 3.5);
            assertThat(released.resolved()).isTrue();
        });
    }

    @Test
    void a_safety_concern_both_raters_share_caps_the_score_at_zero() {
        var first = new RaterRatings("ana", Map.of("d1-empathic-accuracy", 3, "d4-process-responsiveness", 3), true);
        var second = new RaterRatings("ben", Map.of("d1-empathic-accuracy", 3, "d4-process-responsiveness", 2), true);
        assertThat(decide(List.of(first, second), Optional.empty()))
                .isInstanceOfSatisfying(Release.Released.class, released -> {
                    assertThat(released.score()).isZero();
                    assertThat(released.safetyFlagged()).isTrue();
                });
    }

    @Test
    void a_safety_concern_only_one_rater_raises_needs_resolution() {
        var first = new RaterRatings("ana", Map.of("d1-empathic-accuracy", 3, "d4-process-responsiveness", 3), true);
        assertThat(decide(List.of(first, rater("ben", 3, 3)), Optional.empty()))
                .isEqualTo(new Release.NeedsResolution(List.of(), true));
        assertThat(decide(List.of(first, rater("ben", 3, 3)), Optional.of(rater("cho", 3, 3))))
                .isInstanceOfSatisfying(Release.Released.class, released -> {
                    assertThat(released.safetyFlagged()).isFalse();
                    assertThat(released.score()).isCloseTo(0.5, within(1e-12));
                });
    }

    @Test
    void one_rater_cannot_be_both_raters() {
        assertThatThrownBy(() -> decide(List.of(rater("ana", 3, 3), rater("ana", 3, 3)), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_resolution_must_come_from_a_third_rater() {
        assertThatThrownBy(
                        () -> decide(List.of(rater("ana", 2, 3), rater("ben", 5, 4)), Optional.of(rater("ben", 4, 4))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ratings_outside_the_scale_are_refused() {
        assertThatThrownBy(() -> decide(List.of(rater("ana", 6, 3)), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
