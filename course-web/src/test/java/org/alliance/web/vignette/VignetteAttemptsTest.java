package org.alliance.web.vignette;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.alliance.core.model.BranchingVignette;
import org.alliance.core.model.Outcome;
import org.alliance.core.model.RateOptionsVignette;
import org.alliance.core.scoring.branching.BranchingBounds;
import org.alliance.web.AllianceTest;
import org.alliance.web.TestUsers;
import org.alliance.web.catalog.CourseCatalog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** Vignette attempts through the service, on the bundled course's vignettes. */
@AllianceTest
class VignetteAttemptsTest {
    private static final String COURSE = "therapeutic-relationship";

    @Autowired
    VignetteAttempts vignettes;

    @Autowired
    CourseCatalog catalog;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void signIn(String username) {
        TestUsers.signIn(username, "STUDENT");
        catalog.enrol(COURSE, null);
    }

    private BranchingVignette branching(String id) {
        return (BranchingVignette) catalog.enrolledCourse(COURSE)
                .orElseThrow()
                .course()
                .activity(id)
                .orElseThrow();
    }

    @Test
    void the_best_path_of_a_branching_vignette_ends_repaired_with_a_debrief() {
        signIn("walker-one");
        var vignette = branching("v6-diary-withdrawal");
        var best = BranchingBounds.of(
                        vignette,
                        catalog.enrolledCourse(COURSE)
                                .orElseThrow()
                                .course()
                                .rubric()
                                .scale())
                .orElseThrow();
        String id = vignettes.start(COURSE, "v6-diary-withdrawal");

        var first = vignettes.play(id).orElseThrow();
        assertThat(first.prompt()).isPresent();
        assertThat(first.transcript()).isEmpty();
        for (String choice : best.bestPath()) {
            vignettes.choose(id, choice);
        }

        var debrief = vignettes.debrief(id).orElseThrow();
        assertThat(debrief.score()).contains(best.best());
        assertThat(debrief.ending().orElseThrow().outcome()).isEqualTo(Outcome.REPAIRED);
        assertThat(debrief.taken()).hasSize(best.bestPath().size());
        assertThat(debrief.dimensions())
                .isNotEmpty()
                .allSatisfy(d -> assertThat(d.rating()).isBetween((double) d.min(), (double) d.max()));
        assertThatThrownBy(() -> vignettes.choose(id, best.bestPath().getFirst()))
                .hasMessage("vignette.already-finished");
    }

    @Test
    void before_a_choice_only_texts_travel_and_after_it_its_feedback_is_in_the_transcript() {
        signIn("walker-two");
        var vignette = branching("v6-diary-withdrawal");
        String id = vignettes.start(COURSE, "v6-diary-withdrawal");
        var before = vignettes.play(id).orElseThrow();
        var start = vignette.node(vignette.start()).orElseThrow();
        String shown = before.toString();
        start.choices().forEach(c -> assertThat(shown).doesNotContain(c.feedback()));

        var chosen = start.choices().getFirst();
        var after = vignettes.choose(id, chosen.id());
        assertThat(after.transcript())
                .singleElement()
                .satisfies(t -> assertThat(t.feedback()).isEqualTo(chosen.feedback()));
    }

    @Test
    void a_choice_the_node_does_not_offer_is_refused_and_nothing_is_stored() {
        signIn("walker-three");
        String id = vignettes.start(COURSE, "v6-diary-withdrawal");
        assertThatThrownBy(() -> vignettes.choose(id, "no-such-choice")).hasMessage("vignette.choice-not-available");
        assertThat(vignettes.play(id).orElseThrow().transcript()).isEmpty();
    }

    @Test
    void rating_every_option_scores_by_closeness_to_the_reference() {
        signIn("rater-one");
        var v = (RateOptionsVignette) catalog.enrolledCourse(COURSE)
                .orElseThrow()
                .course()
                .activity("v3-regard-not-approval")
                .orElseThrow();
        String id = vignettes.start(COURSE, v.id());
        Map<String, Integer> exact = new LinkedHashMap<>();
        v.options()
                .forEach(o ->
                        exact.put(o.id(), (int) Math.round(o.ratings().mean().orElseThrow())));
        assertThatThrownBy(
                        () -> vignettes.rate(id, Map.of(v.options().getFirst().id(), 3)))
                .hasMessage("vignette.rate-every-option");
        vignettes.rate(id, exact);
        var debrief = vignettes.debrief(id).orElseThrow();
        assertThat(debrief.score().orElseThrow()).isGreaterThan(0.85);
        assertThat(debrief.options())
                .allSatisfy(o -> assertThat(o.studentRating()).isPresent());
    }

    @Test
    void a_free_text_reply_waits_for_an_instructor_and_the_self_assessment_does_not_score() {
        signIn("writer-one");
        String id = vignettes.start(COURSE, "v3-reflect-the-feeling");
        vignettes.submitText(
                id, "It sounds as if you have been carrying this on your own.", Map.of("d1-empathic-accuracy", 5));
        var debrief = vignettes.debrief(id).orElseThrow();
        assertThat(debrief.awaitingGrade()).isTrue();
        assertThat(debrief.score()).isEmpty();
        assertThat(debrief.selfAssessment()).containsEntry("d1-empathic-accuracy", 5);
        assertThat(debrief.examples()).containsKeys(1, 3, 5);
    }

    @Test
    void a_vignette_with_a_content_note_may_be_skipped_and_is_then_excused() {
        signIn("skipper-one");
        vignettes.skip(COURSE, "v3-empathy-or-sympathy");
        var card = vignettes.card(COURSE, "v3-empathy-or-sympathy").orElseThrow();
        assertThat(card.attempts())
                .singleElement()
                .satisfies(a -> assertThat(a.excused()).isTrue());
        assertThat(card.grade()).isEmpty();
        assertThatThrownBy(() -> vignettes.skip(COURSE, "v6-diary-withdrawal")).hasMessage("vignette.skip-not-allowed");
    }

    @Test
    void another_students_vignette_attempt_is_not_found() {
        signIn("owner-two");
        String id = vignettes.start(COURSE, "v6-diary-withdrawal");
        signIn("intruder-two");
        assertThat(vignettes.play(id)).isEmpty();
        assertThat(vignettes.debrief(id)).isEmpty();
        assertThatThrownBy(() -> vignettes.choose(id, "a")).hasMessage("vignette.not-found");
    }
}
