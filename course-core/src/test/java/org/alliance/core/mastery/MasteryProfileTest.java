package org.alliance.core.mastery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.alliance.core.scoring.SampleItems;
import org.alliance.core.scoring.SampleVignettes;
import org.junit.jupiter.api.Test;

class MasteryProfileTest {

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    private static Evidence evidence(
            String course, String item, Set<String> concepts, Set<String> objectives, double score, int minutes) {
        return new Evidence(course, item, concepts, objectives, score, T0.plusSeconds(60L * minutes));
    }

    @Test
    void mastery_is_the_mean_of_the_latest_score_per_tagged_item() {
        var profile = MasteryProfile.of(List.of(
                evidence("c1", "q1-i1", Set.of("rupture"), Set.of("l6-o1"), 0.2, 0),
                evidence("c1", "q1-i1", Set.of("rupture"), Set.of("l6-o1"), 1.0, 5),
                evidence("c1", "q1-i2", Set.of("rupture", "repair"), Set.of("l6-o1"), 0.5, 1)));
        // Latest of q1-i1 is 1.0; with q1-i2's 0.5 the mean is 0.75 over two items.
        assertThat(profile.concept("rupture")).hasValue(new Mastery(0.75, 2));
        assertThat(profile.concept("repair")).hasValue(new Mastery(0.5, 1));
        assertThat(profile.objective("c1", "l6-o1")).hasValue(new Mastery(0.75, 2));
    }

    @Test
    void an_older_score_given_later_does_not_replace_a_newer_one() {
        var profile = MasteryProfile.of(List.of(
                evidence("c1", "v1", Set.of("rupture"), Set.of(), 0.9, 10),
                evidence("c1", "v1", Set.of("rupture"), Set.of(), 0.1, 2)));
        assertThat(profile.concept("rupture").orElseThrow().level()).isCloseTo(0.9, within(1e-12));
    }

    @Test
    void concepts_pool_across_courses_and_objectives_stay_within_their_course() {
        var profile = MasteryProfile.of(List.of(
                evidence("c1", "i1", Set.of("working-alliance"), Set.of("o1"), 1.0, 0),
                evidence("c2", "i1", Set.of("working-alliance"), Set.of("o1"), 0.0, 0)));
        assertThat(profile.concept("working-alliance")).hasValue(new Mastery(0.5, 2));
        assertThat(profile.objective("c1", "o1")).hasValue(new Mastery(1.0, 1));
        assertThat(profile.objective("c2", "o1")).hasValue(new Mastery(0.0, 1));
    }

    @Test
    void an_untested_concept_has_no_mastery() {
        assertThat(MasteryProfile.of(List.of()).concept("rupture")).isEmpty();
    }

    @Test
    void items_and_vignettes_bring_their_own_tags() {
        var profile = MasteryProfile.of(List.of(
                Evidence.of("c1", SampleItems.bordin(), 1.0, T0), Evidence.of("c1", SampleVignettes.v1(), 0.5, T0)));
        assertThat(profile.concept("working-alliance")).hasValue(new Mastery(1.0, 1));
        assertThat(profile.concept("rupture")).hasValue(new Mastery(0.5, 1));
        assertThat(profile.objective("c1", "l2-o1")).hasValue(new Mastery(1.0, 1));
        assertThat(profile.objective("c1", "l6-o1")).hasValue(new Mastery(0.5, 1));
    }
}
