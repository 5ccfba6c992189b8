package org.alliance.web.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.alliance.core.scoring.Response;
import org.alliance.web.AllianceTest;
import org.alliance.web.TestClock;
import org.alliance.web.TestUsers;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.persistence.AlsoOnPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The expiry job submits a timed attempt its student abandoned, at its deadline and with the answers saved by
 * then, scored as the lazy expiry scores them; an attempt still within its time is left open.
 */
@AllianceTest
@AlsoOnPostgres
class AbandonedAttemptsTest {
    @Autowired
    AbandonedAttempts job;

    @Autowired
    QuizAttempts attempts;

    @Autowired
    AttemptStore store;

    @Autowired
    CourseCatalog catalog;

    @Autowired
    TestClock clock;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void an_abandoned_attempt_is_submitted_at_its_deadline_with_its_answers_and_a_running_one_is_left_open() {
        String abandoned = startAs("abandon-job-student");
        attempts.answer(abandoned, "tq-i1", new Response.SingleChoiceAnswer("a"));
        attempts.answer(abandoned, "tq-i2", new Response.TrueFalseAnswer(true));
        var deadline = store.byPublicId(abandoned).orElseThrow().deadline();
        clock.advance(Duration.ofMinutes(5));
        String running = startAs("running-job-student");
        attempts.answer(running, "tq-i1", new Response.SingleChoiceAnswer("a"));
        SecurityContextHolder.clearContext();
        clock.advance(Duration.ofMinutes(6));

        String summary = job.run();

        var closed = store.byPublicId(abandoned).orElseThrow();
        assertThat(closed.submittedAt())
                .as("submitted by the job, at the deadline, before its student came back (%s)", summary)
                .isEqualTo(deadline);
        assertThat(closed.score())
                .as("the saved answers scored: one right of two")
                .isEqualTo(0.5);
        assertThat(store.answers(closed.id())).containsOnlyKeys("tq-i1", "tq-i2");
        var open = store.byPublicId(running).orElseThrow();
        assertThat(open.submitted()).as("still within its time limit").isFalse();

        TestUsers.signIn("abandon-job-student", "STUDENT");
        var review = attempts.review(abandoned).orElseThrow();
        assertThat(review.score()).contains(0.5);
        assertThat(review.items())
                .extracting(row -> row.given().orElseThrow())
                .containsExactly(new Response.SingleChoiceAnswer("a"), new Response.TrueFalseAnswer(true));
        TestUsers.signIn("running-job-student", "STUDENT");
        assertThat(attempts.open(running).orElseThrow().saved()).containsOnlyKeys("tq-i1");
        assertThat(job.run()).as("nothing left of these to expire").doesNotContain("failed");
        assertThat(store.byPublicId(running).orElseThrow().submitted()).isFalse();
    }

    private String startAs(String username) {
        TestUsers.signIn(username, "STUDENT");
        catalog.enrol("timed-test", null);
        return attempts.start("timed-test", "tq-timed");
    }
}
