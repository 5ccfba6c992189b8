package org.alliance.web.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.alliance.core.scoring.Correctness;
import org.alliance.core.scoring.Response;
import org.alliance.web.AllianceTest;
import org.alliance.web.TestClock;
import org.alliance.web.TestUsers;
import org.alliance.web.catalog.CourseCatalog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** Quiz attempts through the service, as several students: saving, resuming, time limits, ownership. */
@AllianceTest
class QuizAttemptsTest {
    @Autowired
    QuizAttempts attempts;

    @Autowired
    CourseCatalog catalog;

    @Autowired
    TestClock clock;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void signIn(String username) {
        TestUsers.signIn(username, "STUDENT");
        catalog.enrol("timed-test", null);
    }

    @Test
    void answers_are_saved_one_by_one_and_an_attempt_resumes_with_them() {
        signIn("resume-student");
        String id = attempts.start("timed-test", "tq-timed");
        var saved = attempts.answer(id, "tq-i1", new Response.SingleChoiceAnswer("a"));
        assertThat(saved.shown()).as("deferred: nothing revealed before submit").isEmpty();

        var reopened = attempts.open(id).orElseThrow();
        assertThat(reopened.saved()).containsOnlyKeys("tq-i1");
        assertThat(reopened.saved().get("tq-i1").response()).isEqualTo(new Response.SingleChoiceAnswer("a"));
        assertThat(attempts.start("timed-test", "tq-timed"))
                .as("start continues the open attempt")
                .isEqualTo(id);
    }

    @Test
    void submitting_twice_keeps_the_first_score_and_review_follows_the_options() {
        signIn("submit-student");
        String id = attempts.start("timed-test", "tq-timed");
        attempts.answer(id, "tq-i1", new Response.SingleChoiceAnswer("a"));
        attempts.answer(id, "tq-i2", new Response.TrueFalseAnswer(true));
        attempts.submit(id);
        clock.advance(Duration.ofSeconds(5));
        attempts.submit(id);

        var review = attempts.review(id).orElseThrow();
        assertThat(review.score()).contains(0.5);
        assertThat(review.items().get(0).reviewed().correctness()).contains(Correctness.CORRECT);
        assertThat(review.items().get(1).reviewed().correctness()).contains(Correctness.INCORRECT);
        assertThat(review.items().get(1).reviewed().key())
                .as("key not in after_submit")
                .isEmpty();
        assertThatThrownBy(() -> attempts.answer(id, "tq-i2", new Response.TrueFalseAnswer(false)))
                .hasMessage("quiz.already-submitted");
    }

    @Test
    void the_server_keeps_the_time_limit() {
        signIn("timed-student");
        String id = attempts.start("timed-test", "tq-timed");
        attempts.answer(id, "tq-i1", new Response.SingleChoiceAnswer("a"));
        clock.advance(Duration.ofMinutes(11));

        assertThatThrownBy(() -> attempts.answer(id, "tq-i2", new Response.TrueFalseAnswer(false)))
                .hasMessage("quiz.time-up");
        var review = attempts.review(id).orElseThrow();
        assertThat(review.score())
                .as("only the answer saved before the deadline counts")
                .contains(0.5);
    }

    @Test
    void the_attempt_limit_is_kept() {
        signIn("limited-student");
        attempts.submit(attempts.start("timed-test", "tq-timed"));
        attempts.submit(attempts.start("timed-test", "tq-timed"));
        assertThatThrownBy(() -> attempts.start("timed-test", "tq-timed")).hasMessage("quiz.no-attempts-left");
        assertThat(attempts.overview("timed-test", "tq-timed").orElseThrow().canStart())
                .isFalse();
    }

    @Test
    void another_students_attempt_is_not_found_by_any_route() {
        signIn("owner-student");
        String id = attempts.start("timed-test", "tq-timed");
        attempts.answer(id, "tq-i1", new Response.SingleChoiceAnswer("b"));

        signIn("other-student");
        assertThat(attempts.open(id)).isEmpty();
        assertThat(attempts.review(id)).isEmpty();
        assertThatThrownBy(() -> attempts.answer(id, "tq-i1", new Response.SingleChoiceAnswer("a")))
                .hasMessage("quiz.not-found");
        assertThatThrownBy(() -> attempts.submit(id)).hasMessage("quiz.not-found");

        signIn("owner-student");
        assertThat(attempts.open(id).orElseThrow().saved().get("tq-i1").response())
                .isEqualTo(new Response.SingleChoiceAnswer("b"));
    }

    @Test
    void the_presented_items_carry_no_key_credit_or_feedback() {
        signIn("peek-student");
        var quiz = attempts.open(attempts.start("timed-test", "tq-timed")).orElseThrow();
        String everything = quiz.items().toString();
        assertThat(everything)
                .contains("Goals, tasks and bond")
                .doesNotContain("credit")
                .doesNotContain("Right:")
                .doesNotContain("alliance-is-liking");
    }
}
