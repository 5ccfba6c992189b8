package org.alliance.web.vignette;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.alliance.web.AllianceTest;
import org.alliance.web.TestUsers;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.persistence.AlsoOnPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who may read an after-action review and replay from it: the owner of a submitted attempt, staff read-only. */
@AllianceTest
@AlsoOnPostgres
class AfterActionReviewsTest {
    private static final String COURSE = "therapeutic-relationship";
    private static final String DIARY = "v6-diary-withdrawal";
    /** A misstep at turn 1, repaired at turn 2, then to the repaired ending. */
    static final List<String> MISSTEP_THEN_REPAIR = List.of("a", "b", "a", "a");

    @Autowired
    AfterActionReviews reviews;

    @Autowired
    VignettePractice practice;

    @Autowired
    VignetteAttempts vignettes;

    @Autowired
    CourseCatalog catalog;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private String submitted(String username) {
        TestUsers.signIn(username, "STUDENT");
        catalog.enrol(COURSE, null);
        String id = vignettes.start(COURSE, DIARY);
        MISSTEP_THEN_REPAIR.forEach(choice -> vignettes.choose(id, choice));
        return id;
    }

    @Test
    void the_owner_of_a_submitted_attempt_reads_its_review_and_may_practise() {
        String id = submitted("aar-owner");

        var review = reviews.review(id).orElseThrow();
        assertThat(review.mayPractise()).isTrue();
        assertThat(review.turns()).hasSize(MISSTEP_THEN_REPAIR.size());
        assertThat(review.missteps())
                .singleElement()
                .satisfies(m -> assertThat(m.repairedAt()).hasValue(2));
        assertThat(review.score()).isEqualTo(vignettes.debrief(id).orElseThrow().score());
    }

    @Test
    void another_student_gets_nothing_and_cannot_replay_it() {
        String id = submitted("aar-owner-two");
        String practiceId = practice.start(id, 1);

        TestUsers.signIn("aar-stranger", "STUDENT");
        catalog.enrol(COURSE, null);
        assertThat(reviews.review(id)).isEmpty();
        assertThatThrownBy(() -> practice.start(id, 1)).hasMessage("vignette.not-found");
        assertThat(practice.replay(practiceId)).isEmpty();
        assertThatThrownBy(() -> practice.choose(practiceId, "d")).hasMessage("vignette.not-found");
    }

    @Test
    void an_attempt_not_yet_submitted_has_no_review_and_no_replay() {
        TestUsers.signIn("aar-midway", "STUDENT");
        catalog.enrol(COURSE, null);
        String id = vignettes.start(COURSE, DIARY);
        vignettes.choose(id, "a");

        assertThat(reviews.review(id)).isEmpty();
        assertThatThrownBy(() -> practice.start(id, 1)).hasMessage("vignette.not-found");
    }

    @Test
    void while_a_new_attempt_is_open_the_earlier_submitted_one_is_not_reviewed() {
        String first = submitted("aar-again");
        String practiceId = practice.start(first, 1);
        String second = vignettes.start(COURSE, DIARY);
        assertThat(second).isNotEqualTo(first);

        // Its review shows every reply's ratings, which would help the graded attempt now in play.
        assertThat(reviews.review(first)).isEmpty();
        assertThat(practice.replay(practiceId)).isEmpty();
        assertThatThrownBy(() -> practice.start(first, 1)).hasMessage("vignette.not-found");

        MISSTEP_THEN_REPAIR.forEach(choice -> vignettes.choose(second, choice));
        assertThat(reviews.review(first)).isPresent();
    }

    @Test
    void someone_who_teaches_the_course_reads_it_without_replay_and_another_teacher_gets_nothing() {
        String id = submitted("aar-taught");

        TestUsers.signIn("instructor", "INSTRUCTOR");
        var review = reviews.review(id).orElseThrow();
        assertThat(review.mayPractise()).isFalse();
        assertThat(review.turns()).hasSize(MISSTEP_THEN_REPAIR.size());
        assertThatThrownBy(() -> practice.start(id, 1)).hasMessage("vignette.not-found");

        TestUsers.signIn("aar-stranger-teacher", "INSTRUCTOR");
        assertThat(reviews.review(id)).isEmpty();
    }
}
