package org.alliance.web.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.alliance.core.scoring.Response;
import org.alliance.web.AllianceTest;
import org.alliance.web.Race;
import org.alliance.web.Race.Runner;
import org.alliance.web.TestClock;
import org.alliance.web.TestUsers;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.persistence.AlsoOnPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Two tabs (or two instances) acting on one student's quiz at the same moment: each race ends in one consistent
 * result, never two open attempts and never an answer shown as saved that the score left out. Every race is run
 * many times, each by a student of its own, since one run may happen not to overlap.
 */
@AllianceTest
@AlsoOnPostgres
class QuizRacesTest {
    private static final String COURSE = "timed-test";
    private static final String QUIZ = "tq-timed";
    private static final int ROUNDS = 25;

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

    private void enrolled(String username) {
        TestUsers.signIn(username, "STUDENT");
        catalog.enrol(COURSE, null);
    }

    @Test
    void two_tabs_starting_the_quiz_at_once_open_one_attempt() {
        for (int round = 0; round < ROUNDS; round++) {
            String student = "race-start-" + round;
            enrolled(student);
            var outcomes = Race.run(
                    new Runner<>(student, "STUDENT", () -> attempts.start(COURSE, QUIZ)),
                    new Runner<>(student, "STUDENT", () -> attempts.start(COURSE, QUIZ)));

            assertThat(outcomes).allMatch(Race.Outcome::succeeded);
            assertThat(outcomes.get(0).value())
                    .as("round %d: both tabs continue the same attempt", round)
                    .isEqualTo(outcomes.get(1).value());
            assertThat(store.forActivity(student, COURSE, QUIZ))
                    .as("round %d: attempts stored", round)
                    .hasSize(1);
        }
    }

    @Test
    void an_answer_racing_the_submission_is_in_the_score_or_refused_never_lost() {
        for (int round = 0; round < ROUNDS; round++) {
            String student = "race-answer-" + round;
            enrolled(student);
            String id = attempts.start(COURSE, QUIZ);
            attempts.answer(id, "tq-i2", new Response.TrueFalseAnswer(false));

            var outcomes = Race.<Object>run(
                    new Runner<>(
                            student,
                            "STUDENT",
                            () -> attempts.answer(id, "tq-i1", new Response.SingleChoiceAnswer("a"))),
                    new Runner<>(student, "STUDENT", () -> {
                        attempts.submit(id);
                        return "submitted";
                    }));

            assertThat(outcomes.get(1).succeeded())
                    .as("round %d: the submission", round)
                    .isTrue();
            TestUsers.signIn(student, "STUDENT");
            var review = attempts.review(id).orElseThrow();
            if (outcomes.get(0).succeeded()) {
                assertThat(review.score())
                        .as("round %d: the answer was shown as saved, so the score counts it", round)
                        .contains(1.0);
            } else {
                assertThat(outcomes.get(0).failure())
                        .as("round %d: an answer after the submission is refused in words", round)
                        .isInstanceOf(AttemptException.class)
                        .hasMessage("quiz.already-submitted");
                assertThat(review.score()).as("round %d", round).contains(0.5);
            }
        }
    }

    @Test
    void a_submission_racing_the_time_limit_scores_the_attempt_once() {
        for (int round = 0; round < ROUNDS; round++) {
            String student = "race-deadline-" + round;
            enrolled(student);
            String id = attempts.start(COURSE, QUIZ);
            attempts.answer(id, "tq-i1", new Response.SingleChoiceAnswer("a"));
            attempts.answer(id, "tq-i2", new Response.TrueFalseAnswer(false));
            var deadline = store.byPublicId(id).orElseThrow().deadline();
            clock.advance(Duration.between(clock.instant(), deadline));

            var outcomes = Race.<Object>run(
                    new Runner<>(student, "STUDENT", () -> {
                        attempts.submit(id);
                        return "submitted";
                    }),
                    new Runner<>(student, "STUDENT", () -> attempts.open(id)));

            assertThat(outcomes).as("round %d: %s", round, outcomes).allMatch(Race.Outcome::succeeded);
            var row = store.byPublicId(id).orElseThrow();
            assertThat(row.submitted()).as("round %d", round).isTrue();
            assertThat(row.score())
                    .as("round %d: scored once, with both answers", round)
                    .isEqualTo(1.0);
            assertThat(row.submittedAt())
                    .as("round %d: closed at the time limit", round)
                    .isEqualTo(deadline);
        }
    }
}
