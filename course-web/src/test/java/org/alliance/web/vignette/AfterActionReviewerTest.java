package org.alliance.web.vignette;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.alliance.core.format.CourseReader;
import org.alliance.core.model.BranchingVignette;
import org.alliance.core.model.Course;
import org.alliance.core.model.Outcome;
import org.alliance.web.vignette.AfterActionReview.ChoiceReview;
import org.alliance.web.vignette.AfterActionReview.MisstepReview;
import org.junit.jupiter.api.Test;

/** The review of a finished path through the bundled "Sure. Whatever you think." vignette, computed without a server. */
class AfterActionReviewerTest {
    private static final Course COURSE = CourseReader.fromFolder(Path.of("../content/courses/therapeutic-relationship"))
            .course()
            .orElseThrow();
    private static final BranchingVignette DIARY =
            (BranchingVignette) COURSE.activity("v6-diary-withdrawal").orElseThrow();

    private static AfterActionReview review(String... path) {
        return AfterActionReviewer.of(
                        COURSE,
                        DIARY,
                        new AfterActionReviewer.Attempt("attempt-1", COURSE.id(), Optional.of(0.5), false),
                        List.of(path),
                        true)
                .orElseThrow();
    }

    @Test
    void each_turn_shows_the_line_the_choice_its_ratings_and_the_meter_before_and_after() {
        var r = review("a", "b", "a", "a");

        assertThat(r.turns()).hasSize(4);
        assertThat(r.meterCourse()).containsExactly(50, 40, 60, 70, 80);
        var first = r.turns().getFirst();
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.client()).isEqualTo("Sure. Whatever you think.");
        assertThat(first.cue()).hasValue("Flat voice, eyes on the floor.");
        assertThat(first.chosen().text()).startsWith("Great, let's set it up.");
        assertThat(first.meterBefore()).isEqualTo(50);
        assertThat(first.meterAfter()).isEqualTo(40);
        assertThat(first.chosen().ratings())
                .extracting(AfterActionReview.DimensionRating::dimensionId)
                .containsExactly("d1-empathic-accuracy", "d3-collaboration", "d4-process-responsiveness");
        assertThat(first.chosen().ratings()).allSatisfy(d -> {
            assertThat(d.rating()).isEqualTo(1.0);
            assertThat(d.name()).isNotEqualTo(d.dimensionId());
        });
        assertThat(first.chosen().feedback()).contains("takes \"sure\" at face value");
        assertThat(r.ending().outcome()).isEqualTo(Outcome.REPAIRED);
    }

    @Test
    void a_misstep_is_flagged_with_the_best_reply_and_named_with_the_repair_that_followed() {
        var r = review("a", "b", "a", "a");

        var first = r.turns().get(0);
        assertThat(first.misstep()).isTrue();
        assertThat(first.tookTheBest()).isFalse();
        assertThat(first.best()).map(ChoiceReview::id).hasValue("d");
        assertThat(first.best().orElseThrow().feedback()).startsWith("Metacommunication that owns");
        assertThat(first.others()).extracting(ChoiceReview::id).containsExactly("b", "c", "d");

        var second = r.turns().get(1);
        assertThat(second.repaired()).isTrue();
        assertThat(second.misstep()).isFalse();
        assertThat(second.tookTheBest()).isTrue();

        assertThat(r.missteps())
                .containsExactly(new MisstepReview(
                        1,
                        first.chosen().text(),
                        OptionalInt.of(2),
                        Optional.of(second.chosen().text())));
    }

    @Test
    void a_misstep_with_no_repair_after_it_is_named_as_not_repaired() {
        var r = review("a", "a", "a");

        assertThat(r.missteps()).hasSize(2).allSatisfy(m -> {
            assertThat(m.repairedAt()).isEmpty();
            assertThat(m.repairText()).isEmpty();
        });
        assertThat(r.missteps()).extracting(MisstepReview::turn).containsExactly(1, 2);
        assertThat(r.turns()).noneMatch(AfterActionReview.TurnReview::repaired);
        assertThat(r.ending().outcome()).isEqualTo(Outcome.NEUTRAL);
    }

    @Test
    void the_other_replies_at_a_turn_are_those_the_meter_allowed_there() {
        // At "It's just... my ex used to keep lists" the here-and-now link (d) needs the alliance at 70.
        var at60 = review("a", "b", "a", "a").turns().get(2);
        assertThat(at60.nodeId()).isEqualTo("v6-diary-n2-opens");
        assertThat(at60.meterBefore()).isEqualTo(60);
        assertThat(at60.others()).extracting(ChoiceReview::id).containsExactly("b", "c", "e");

        var at70 = review("d", "d", "a").turns().get(1);
        assertThat(at70.meterBefore()).isEqualTo(70);
        assertThat(at70.chosen().id()).isEqualTo("d");
        assertThat(at70.others()).extracting(ChoiceReview::id).containsExactly("a", "b", "c", "e");
        // a (all 5s) outranks the chosen d (5, 4, 5), so the review points to a.
        assertThat(at70.best()).map(ChoiceReview::id).hasValue("a");
        assertThat(at70.tookTheBest()).isFalse();
    }

    @Test
    void a_path_that_has_not_reached_an_ending_has_no_review() {
        assertThat(AfterActionReviewer.of(
                        COURSE,
                        DIARY,
                        new AfterActionReviewer.Attempt("attempt-2", COURSE.id(), Optional.empty(), false),
                        List.of("a"),
                        true))
                .isEmpty();
    }
}
