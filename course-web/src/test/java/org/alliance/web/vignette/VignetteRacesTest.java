package org.alliance.web.vignette;

import static org.assertj.core.api.Assertions.assertThat;

import org.alliance.core.model.BestResponseVignette;
import org.alliance.core.scoring.vignette.VignetteScoring;
import org.alliance.web.AllianceTest;
import org.alliance.web.Race;
import org.alliance.web.Race.Runner;
import org.alliance.web.TestUsers;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.persistence.AlsoOnPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Two tabs acting on one student's vignette at the same moment: one attempt, and the answer stored is the one
 * scored. Each race runs many times, each by its own student, since one run may happen not to overlap.
 */
@AllianceTest
@AlsoOnPostgres
class VignetteRacesTest {
    private static final String COURSE = "therapeutic-relationship";
    private static final String VIGNETTE = "v10-leaving-early";
    private static final int ROUNDS = 25;

    @Autowired
    VignetteAttempts vignettes;

    @Autowired
    VignetteStore store;

    @Autowired
    CourseCatalog catalog;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void enrolled(String username) {
        TestUsers.signIn(username, "STUDENT");
        catalog.enrol(COURSE, null);
    }

    @Test
    void two_tabs_starting_a_vignette_at_once_open_one_attempt() {
        for (int round = 0; round < ROUNDS; round++) {
            String student = "vrace-start-" + round;
            enrolled(student);
            var outcomes = Race.run(
                    new Runner<>(student, "STUDENT", () -> vignettes.start(COURSE, VIGNETTE)),
                    new Runner<>(student, "STUDENT", () -> vignettes.start(COURSE, VIGNETTE)));

            assertThat(outcomes).allMatch(Race.Outcome::succeeded);
            assertThat(outcomes.get(0).value())
                    .as("round %d: both tabs continue the same attempt", round)
                    .isEqualTo(outcomes.get(1).value());
            assertThat(store.forVignette(student, COURSE, VIGNETTE))
                    .as("round %d: attempts stored", round)
                    .hasSize(1);
        }
    }

    @Test
    void two_tabs_answering_at_once_store_one_answer_with_its_own_score() {
        enrolled("vrace-reader");
        var course = catalog.enrolledCourse(COURSE).orElseThrow().course();
        var vignette = (BestResponseVignette) course.activity(VIGNETTE).orElseThrow();
        var scale = course.rubric().scale();
        for (int round = 0; round < ROUNDS; round++) {
            String student = "vrace-pick-" + round;
            enrolled(student);
            String id = vignettes.start(COURSE, VIGNETTE);
            var outcomes = Race.<Object>run(
                    new Runner<>(student, "STUDENT", () -> {
                        vignettes.pick(id, "a");
                        return "a";
                    }),
                    new Runner<>(student, "STUDENT", () -> {
                        vignettes.pick(id, "b");
                        return "b";
                    }));

            var stored = store.byPublicId(id).orElseThrow();
            assertThat(outcomes.stream().filter(Race.Outcome::succeeded))
                    .as("round %d: one answer is taken, the other refused as already finished", round)
                    .hasSize(1);
            var taken = outcomes.stream()
                    .filter(Race.Outcome::succeeded)
                    .findFirst()
                    .orElseThrow();
            assertThat(stored.chosenOption()).as("round %d", round).isEqualTo(taken.value());
            assertThat(stored.score())
                    .as("round %d: the score is the stored answer's", round)
                    .isEqualTo(VignetteScoring.bestResponse(vignette, stored.chosenOption(), scale)
                            .score());
        }
    }
}
