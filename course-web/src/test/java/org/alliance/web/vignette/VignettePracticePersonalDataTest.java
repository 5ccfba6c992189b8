package org.alliance.web.vignette;

import static org.alliance.web.vignette.AfterActionReviewsTest.MISSTEP_THEN_REPAIR;
import static org.assertj.core.api.Assertions.assertThat;

import org.alliance.web.AllianceTest;
import org.alliance.web.TestUsers;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.persistence.AlsoOnPostgres;
import org.alliance.web.vignette.VignettePracticePersonalData.Replay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/** Practice replays in "My data": mine with their choices, nobody else's; deleting my data deletes them. */
@AllianceTest
@AlsoOnPostgres
class VignettePracticePersonalDataTest {
    private static final String COURSE = "therapeutic-relationship";
    private static final String DIARY = "v6-diary-withdrawal";

    @Autowired
    VignettePracticePersonalData personalData;

    @Autowired
    VignettePractice practice;

    @Autowired
    VignetteAttempts vignettes;

    @Autowired
    CourseCatalog catalog;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private String practised(String username, int fromTurn, String... choices) {
        TestUsers.signIn(username, "STUDENT");
        catalog.enrol(COURSE, null);
        String attempt = vignettes.start(COURSE, DIARY);
        MISSTEP_THEN_REPAIR.forEach(choice -> vignettes.choose(attempt, choice));
        String replay = practice.start(attempt, fromTurn);
        for (String choice : choices) {
            practice.choose(replay, choice);
        }
        return attempt;
    }

    @Test
    void my_data_holds_my_replays_with_their_choices_and_deletion_removes_them_but_not_the_attempt() {
        String others = practised("pdata-other", 4, "a");
        String mine = practised("pdata-me", 1, "d", "a");

        var export = personalData.export("pdata-me");

        assertThat(export).singleElement().satisfies(r -> {
            assertThat(r.attemptId()).isEqualTo(mine);
            assertThat(r.courseId()).isEqualTo(COURSE);
            assertThat(r.vignetteId()).isEqualTo(DIARY);
            assertThat(r.fromTurn()).isEqualTo(1);
            assertThat(r.fromNode()).isEqualTo("v6-diary-n1");
            assertThat(r.choices()).containsExactly("d", "a");
            assertThat(r.finishedAt()).isNull();
        });
        assertThat(personalData.export("pdata-other")).singleElement().satisfies(r -> {
            assertThat(r.attemptId()).isEqualTo(others);
            assertThat(r.endingId()).isEqualTo("v6-diary-e-repaired");
        });

        personalData.anonymise("pdata-me", "deleted-PRACTICE01");

        assertThat(personalData.export("pdata-me")).isEmpty();
        assertThat(personalData.export("deleted-PRACTICE01")).isEmpty();
        assertThat(jdbc.sql("select count(*) from vignette_attempt where public_id = ?")
                        .param(mine)
                        .query(Long.class)
                        .single())
                .as("the graded attempt itself is the attempts' section's to move")
                .isEqualTo(1);
        assertThat(personalData.export("pdata-other"))
                .extracting(Replay::attemptId)
                .containsExactly(others);
    }
}
