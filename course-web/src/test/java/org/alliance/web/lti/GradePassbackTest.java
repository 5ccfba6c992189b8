package org.alliance.web.lti;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.alliance.core.grading.ActivityStatus;
import org.alliance.core.scoring.Response;
import org.alliance.web.AllianceTest;
import org.alliance.web.TestUsers;
import org.alliance.web.assessment.QuizAttempts;
import org.alliance.web.assessment.TriesCourse;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.gradebook.LmsGrades;
import org.alliance.web.persistence.AlsoOnPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A student who came through an LMS link to a quiz submits it: the quiz's grade as the gradebook computes it is
 * queued for the link's line item in the same transaction; a newer grade replaces one not sent yet; a student who
 * did not come through the LMS queues nothing.
 */
@AllianceTest
@AlsoOnPostgres
class GradePassbackTest {
    @Autowired
    QuizAttempts attempts;

    @Autowired
    CourseCatalog catalog;

    @Autowired
    LtiPlatforms platforms;

    @Autowired
    LmsGrades grades;

    @Autowired
    LinkStore links;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_submitted_quiz_queues_the_gradebook_grade_for_the_line_item_and_a_newer_one_replaces_it() {
        TriesCourse.publish(context);
        String student = "lti-pass-" + UUID.randomUUID().toString().substring(0, 8);
        String lineItem = "https://lms.example/lineitems/" + UUID.randomUUID();
        long platform = platform();
        links.linkUser(platform, "sub-" + student, student, java.time.Instant.now());
        links.saveResourceLink(new LinkStore.ResourceLink(
                platform, "rl-" + student, "ctx", TriesCourse.COURSE, TriesCourse.QUIZ, lineItem));

        TestUsers.signIn(student, "STUDENT");
        catalog.enrol(TriesCourse.COURSE, null);
        String first = attempts.start(TriesCourse.COURSE, TriesCourse.QUIZ);
        attempts.answer(first, "ti-choice", new Response.SingleChoiceAnswer("b"));
        attempts.submit(first);

        var queued = queued(lineItem);
        assertThat(queued).hasSize(1);
        var grade = grades.status(TriesCourse.COURSE, student, TriesCourse.QUIZ).orElseThrow();
        assertThat(grade).isInstanceOf(ActivityStatus.Graded.class);
        assertThat(queued.getFirst().scoreGiven())
                .isEqualTo(Math.round(grade.grade().getAsDouble() * 10000) / 100.0);
        assertThat(queued.getFirst().sub()).isEqualTo("sub-" + student);
        assertThat(queued.getFirst().activityProgress()).isEqualTo("Completed");
        assertThat(queued.getFirst().gradingProgress()).isEqualTo("FullyGraded");

        String second = attempts.start(TriesCourse.COURSE, TriesCourse.QUIZ);
        attempts.answer(second, "ti-choice", new Response.SingleChoiceAnswer("a"));
        attempts.submit(second);
        var now = queued(lineItem);
        assertThat(now)
                .as("one unsent grade per line item and person: the newer")
                .hasSize(1);
        var regraded =
                grades.status(TriesCourse.COURSE, student, TriesCourse.QUIZ).orElseThrow();
        assertThat(now.getFirst().scoreGiven())
                .isEqualTo(Math.round(regraded.grade().getAsDouble() * 10000) / 100.0);
    }

    @Test
    void a_student_who_did_not_come_through_the_lms_queues_nothing() {
        TriesCourse.publish(context);
        String student = "lti-none-" + UUID.randomUUID().toString().substring(0, 8);
        String lineItem = "https://lms.example/lineitems/" + UUID.randomUUID();
        links.saveResourceLink(new LinkStore.ResourceLink(
                platform(), "rl-" + student, "ctx", TriesCourse.COURSE, TriesCourse.QUIZ, lineItem));
        TestUsers.signIn(student, "STUDENT");
        catalog.enrol(TriesCourse.COURSE, null);
        String id = attempts.start(TriesCourse.COURSE, TriesCourse.QUIZ);
        attempts.submit(id);
        assertThat(jdbc.sql("select count(*) from lti_grade_outbox where username = ?")
                        .param(student)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void ags_progress_follows_the_activity_status() {
        assertThat(GradePassback.score(new ActivityStatus.Graded(0.756)))
                .isEqualTo(new GradePassback.Score(75.6, "Completed", "FullyGraded"));
        assertThat(GradePassback.score(new ActivityStatus.AwaitingGrade()))
                .isEqualTo(new GradePassback.Score(null, "Submitted", "PendingManual"));
        assertThat(GradePassback.score(new ActivityStatus.InProgress()))
                .isEqualTo(new GradePassback.Score(null, "InProgress", "NotReady"));
        assertThat(GradePassback.score(new ActivityStatus.NotDone())).isNull();
        assertThat(GradeSender.scoresUrl("https://lms.example/li/7?type=x"))
                .isEqualTo("https://lms.example/li/7/scores?type=x");
    }

    private List<GradeOutboxStore.Pending> queued(String lineItem) {
        return context.getBean(GradeOutboxStore.class).ofCourse(TriesCourse.COURSE, false, 1000).stream()
                .filter(p -> p.lineItemUrl().equals(lineItem))
                .toList();
    }

    private long platform() {
        TestUsers.signIn("admin", "ADMIN", "INSTRUCTOR");
        try {
            String lms = "https://lms-" + UUID.randomUUID() + ".example.edu";
            return platforms
                    .save(new Platform(null, "LMS", lms, "c", lms + "/a", lms + "/t", lms + "/k", false, List.of("1")))
                    .id();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
