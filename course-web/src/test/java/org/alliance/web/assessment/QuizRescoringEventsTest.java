package org.alliance.web.assessment;

import static org.alliance.web.TestUsers.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import org.alliance.core.scoring.Response;
import org.alliance.web.AllianceTest;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.catalog.TestCourses;
import org.alliance.web.events.AttemptKind;
import org.alliance.web.events.AttemptRescored;
import org.alliance.web.events.RecordedEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** A teacher's rescoring after a key fix publishes {@link AttemptRescored} for each attempt whose score changed. */
@AllianceTest
class QuizRescoringEventsTest {
    @Autowired
    ApplicationContext context;

    @Autowired
    QuizRescoring rescoring;

    @Autowired
    QuizAttempts quizzes;

    @Autowired
    CourseCatalog catalog;

    @Autowired
    RecordedEvents events;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_rescored_attempt_is_published_with_its_new_score() {
        var files = TestCourses.files("timed-test", "events-rescore-test");
        TestCourses.publish(context, files, "instructor");
        String me = "events-rescore-student";
        signIn(me, "STUDENT");
        catalog.enrol("events-rescore-test", null);
        String attempt = quizzes.start("events-rescore-test", "tq-timed");
        quizzes.answer(attempt, "tq-i1", new Response.SingleChoiceAnswer("b"));
        quizzes.submit(attempt);
        files.put(
                "quizzes/tq-timed.yaml",
                files.get("quizzes/tq-timed.yaml")
                        .replace(
                                "text: Liking, warmth and agreement\n        credit: 0",
                                "text: Liking, warmth and agreement\n        credit: 0.5"));
        var v2 = TestCourses.publish(context, files, "instructor");

        signIn("instructor", "INSTRUCTOR");
        rescoring.preview("events-rescore-test", v2.versionId());
        assertThat(events.of(AttemptRescored.class, me))
                .as("a preview changes nothing")
                .isEmpty();
        rescoring.rescore("events-rescore-test", v2.versionId());
        assertThat(events.of(AttemptRescored.class, me)).singleElement().satisfies(e -> {
            assertThat(e.attemptId()).isEqualTo(attempt);
            assertThat(e.kind()).isEqualTo(AttemptKind.QUIZ);
            assertThat(e.scaled()).isEqualTo(0.25);
            assertThat(e.passed()).isFalse();
            assertThat(e.reason()).isNull();
        });
    }
}
