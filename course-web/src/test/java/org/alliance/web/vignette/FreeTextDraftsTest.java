package org.alliance.web.vignette;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;
import org.alliance.web.AllianceTest;
import org.alliance.web.TestUsers;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.persistence.AlsoOnPostgres;
import org.alliance.web.vignette.VignettePersonalData.Attempt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A free-text reply is kept as a draft while it is typed: it comes back on the student's open attempt only, never
 * counts, is part of "My data" and goes with deletion, and sending the reply clears it.
 */
@AllianceTest
@AlsoOnPostgres
class FreeTextDraftsTest {
    private static final String COURSE = "therapeutic-relationship";
    private static final String FREE_TEXT = "v5-write-a-process-comment";

    @Autowired
    FreeTextDrafts drafts;

    @Autowired
    VignetteAttempts vignettes;

    @Autowired
    VignettePersonalData personalData;

    @Autowired
    CourseCatalog catalog;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private String openAttempt(String username) {
        TestUsers.signIn(username, "STUDENT");
        catalog.enrol(COURSE, null);
        return vignettes.start(COURSE, FREE_TEXT);
    }

    @Test
    void a_draft_comes_back_to_its_student_only_and_is_not_an_answer() {
        String id = openAttempt("draft-keeper");
        assertThat(drafts.draft(id)).isEmpty();

        assertThat(drafts.save(id, "It sounds as if")).isTrue();
        assertThat(drafts.save(id, "It sounds as if you fear I will give up on you."))
                .isTrue();

        assertThat(drafts.draft(id)).contains("It sounds as if you fear I will give up on you.");
        assertThat(vignettes.play(id).orElseThrow().finished()).isFalse();
        assertThat(vignettes.debrief(id)).as("a draft reveals no debrief").isEmpty();

        openAttempt("draft-snooper");
        assertThat(drafts.draft(id)).as("another student's draft").isEmpty();
        assertThat(drafts.save(id, "overwritten")).isFalse();

        TestUsers.signIn("draft-keeper", "STUDENT");
        assertThat(drafts.draft(id)).contains("It sounds as if you fear I will give up on you.");
    }

    @Test
    void sending_the_reply_clears_the_draft_and_a_finished_attempt_keeps_no_draft() {
        String id = openAttempt("draft-sender");
        drafts.save(id, "A first go at it");

        vignettes.submitText(id, "I notice you expect me to be disappointed in you.", Map.of());

        assertThat(drafts.draft(id)).isEmpty();
        assertThat(drafts.save(id, "too late")).isFalse();
        assertThat(personalData.export("draft-sender")).singleElement().satisfies(a -> {
            assertThat(a.draftText()).isNull();
            assertThat(a.freeText()).isEqualTo("I notice you expect me to be disappointed in you.");
        });
    }

    @Test
    void my_data_holds_my_unsent_draft_and_deletion_removes_it() {
        String id = openAttempt("draft-exporter");
        drafts.save(id, "Words I have not sent yet");

        assertThat(personalData.export("draft-exporter"))
                .extracting(Attempt::id, Attempt::draftText)
                .containsExactly(tuple(id, "Words I have not sent yet"));

        personalData.anonymise("draft-exporter", "deleted-DRAFT01");

        assertThat(personalData.export("draft-exporter")).isEmpty();
        assertThat(personalData.export("deleted-DRAFT01"))
                .singleElement()
                .extracting(Attempt::draftText)
                .isNull();
    }
}
