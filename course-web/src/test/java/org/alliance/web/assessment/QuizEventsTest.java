package org.alliance.web.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.alliance.core.model.ItemType;
import org.alliance.core.scoring.Response;
import org.alliance.web.AllianceTest;
import org.alliance.web.TestClock;
import org.alliance.web.TestUsers;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.events.AttemptCompleted;
import org.alliance.web.events.AttemptKind;
import org.alliance.web.events.ItemAnswered;
import org.alliance.web.events.RecordedEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Quiz attempts publish each committed answer (never an entry still pending or being edited), with correctness
 * and score only where the quiz shows them at that moment, and the completed attempt, at the time limit too.
 */
@AllianceTest
class QuizEventsTest {
    @Autowired
    QuizAttempts attempts;

    @Autowired
    CourseCatalog catalog;

    @Autowired
    RecordedEvents events;

    @Autowired
    ApplicationContext context;

    @Autowired
    TestClock clock;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void interactive_tries_are_published_as_checked_and_pending_answers_only_at_submission() {
        TriesCourse.publish(context);
        String me = "events-quiz-ines";
        TestUsers.signIn(me, "STUDENT");
        catalog.enrol(TriesCourse.COURSE, null);
        String id = attempts.start(TriesCourse.COURSE, TriesCourse.QUIZ);

        attempts.answer(id, "ti-choice", new Response.SingleChoiceAnswer("b"));
        attempts.answer(id, "ti-choice", new Response.SingleChoiceAnswer("a"));
        attempts.keep(id, "ti-tf", new Response.TrueFalseAnswer(false));
        assertThat(events.of(ItemAnswered.class, me))
                .as("two checked tries; the pending true/false is not an answer yet")
                .extracting(
                        ItemAnswered::itemId, ItemAnswered::tryNumber, ItemAnswered::response, ItemAnswered::correct)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ti-choice", 1, "b", false),
                        org.assertj.core.groups.Tuple.tuple("ti-choice", 2, "a", true));
        assertThat(events.of(ItemAnswered.class, me))
                .as("the score is not shown during this quiz")
                .allSatisfy(e -> assertThat(e.score()).isNull());
        assertThat(events.of(AttemptCompleted.class, me)).isEmpty();

        attempts.submit(id);
        var atSubmission = events.of(ItemAnswered.class, me).getLast();
        assertThat(atSubmission.itemId()).isEqualTo("ti-tf");
        assertThat(atSubmission.itemType()).isEqualTo(ItemType.TRUE_FALSE);
        assertThat(atSubmission.quizTitle()).isEqualTo("A quiz with tries");
        assertThat(atSubmission.response()).isEqualTo("false");
        assertThat(atSubmission.correct()).isTrue();
        assertThat(atSubmission.score())
                .as("after submission this quiz shows the score")
                .isEqualTo(1.0);
        assertThat(events.of(ItemAnswered.class, me)).hasSize(3);
        assertThat(events.of(AttemptCompleted.class, me)).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(AttemptKind.QUIZ);
            assertThat(e.activityId()).isEqualTo(TriesCourse.QUIZ);
            assertThat(e.attemptId()).isEqualTo(id);
            assertThat(e.scaled()).isBetween(0.0, 1.0);
            assertThat(e.passed()).isNotNull();
        });
        attempts.submit(id);
        assertThat(events.of(AttemptCompleted.class, me))
                .as("submitting twice completes once")
                .hasSize(1);
    }

    @Test
    void a_deferred_quiz_publishes_its_final_answers_at_submission_and_the_time_limit_submits() {
        String me = "events-quiz-jo";
        TestUsers.signIn(me, "STUDENT");
        catalog.enrol("timed-test", null);
        String id = attempts.start("timed-test", "tq-timed");
        attempts.answer(id, "tq-i1", new Response.SingleChoiceAnswer("b"));
        attempts.answer(id, "tq-i1", new Response.SingleChoiceAnswer("a"));
        assertThat(events.of(ItemAnswered.class, me))
                .as("a deferred answer is final only at submission")
                .isEmpty();

        clock.advance(Duration.ofMinutes(11));
        attempts.open(id);
        assertThat(events.of(ItemAnswered.class, me)).singleElement().satisfies(e -> {
            assertThat(e.itemId()).isEqualTo("tq-i1");
            assertThat(e.response()).isEqualTo("a");
            assertThat(e.tryNumber()).isEqualTo(1);
        });
        assertThat(events.of(AttemptCompleted.class, me))
                .singleElement()
                .satisfies(
                        e -> assertThat(e.at()).as("submitted at its deadline").isBefore(clock.instant()));
    }
}
