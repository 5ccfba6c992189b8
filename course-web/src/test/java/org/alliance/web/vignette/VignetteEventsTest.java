package org.alliance.web.vignette;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.alliance.core.model.BranchingVignette;
import org.alliance.core.scoring.branching.BranchingBounds;
import org.alliance.web.AllianceTest;
import org.alliance.web.TestUsers;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.events.AttemptCompleted;
import org.alliance.web.events.AttemptKind;
import org.alliance.web.events.RecordedEvents;
import org.alliance.web.events.VignetteChoiceMade;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** Vignette attempts publish each committed choice with its node and ratings, and each finished attempt. */
@AllianceTest
class VignetteEventsTest {
    private static final String COURSE = "therapeutic-relationship";
    private static final String BRANCHING = "v6-diary-withdrawal";

    @Autowired
    VignetteAttempts vignettes;

    @Autowired
    CourseCatalog catalog;

    @Autowired
    RecordedEvents events;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void signIn(String username) {
        TestUsers.signIn(username, "STUDENT");
        catalog.enrol(COURSE, null);
    }

    @Test
    void each_branching_choice_is_published_at_its_node_and_the_ending_completes_the_attempt() {
        String me = "events-vignette-walker";
        signIn(me);
        var course = catalog.enrolledCourse(COURSE).orElseThrow().course();
        var vignette = (BranchingVignette) course.activity(BRANCHING).orElseThrow();
        var best = BranchingBounds.of(vignette, course.rubric().scale()).orElseThrow();
        String id = vignettes.start(COURSE, BRANCHING);
        for (String choice : best.bestPath()) {
            vignettes.choose(id, choice);
        }

        var choices = events.of(VignetteChoiceMade.class, me);
        assertThat(choices).extracting(VignetteChoiceMade::optionId).containsExactlyElementsOf(best.bestPath());
        assertThat(choices.getFirst().nodeId()).isEqualTo(vignette.start());
        assertThat(choices).allSatisfy(c -> {
            assertThat(c.attemptId()).isEqualTo(id);
            assertThat(vignette.node(c.nodeId())).isPresent();
            assertThat(c.optionText()).isNotBlank();
            assertThat(c.ratings())
                    .isNotEmpty()
                    .allSatisfy((d, r) -> assertThat(r).isBetween((double) c.scaleMin(), (double) c.scaleMax()));
        });
        assertThat(events.of(AttemptCompleted.class, me)).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(AttemptKind.VIGNETTE);
            assertThat(e.activityId()).isEqualTo(BRANCHING);
            assertThat(e.scaled()).isEqualTo(best.best());
            assertThat(e.passed()).isNull();
        });
    }

    @Test
    void a_best_response_choice_has_no_node_and_free_text_completes_without_a_score() {
        String me = "events-vignette-picker";
        signIn(me);
        String pick = vignettes.start(COURSE, "v3-empathy-or-sympathy");
        vignettes.pick(pick, "a");
        assertThat(events.of(VignetteChoiceMade.class, me)).singleElement().satisfies(c -> {
            assertThat(c.nodeId()).isNull();
            assertThat(c.optionId()).isEqualTo("a");
        });

        String text = vignettes.start(COURSE, "v3-reflect-the-feeling");
        vignettes.submitText(text, "It sounds as if this has been heavy.", Map.of("d1-empathic-accuracy", 4));
        assertThat(events.of(AttemptCompleted.class, me))
                .extracting(AttemptCompleted::attemptId, AttemptCompleted::scaled)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                pick,
                                events.of(AttemptCompleted.class, me).getFirst().scaled()),
                        org.assertj.core.groups.Tuple.tuple(text, null));
        assertThat(events.of(AttemptCompleted.class, me).getFirst().scaled()).isNotNull();
    }
}
