package org.alliance.web.assessment;

import static org.alliance.web.TestUsers.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import org.alliance.core.scoring.Response;
import org.alliance.web.AllianceTest;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.catalog.CourseStaff;
import org.alliance.web.catalog.TestCourses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/** A wrong key fixed in a new version; past attempts rescored with an audit record; and rolling back. */
@AllianceTest
class QuizRescoringTest {
    @Autowired
    ApplicationContext context;

    @Autowired
    QuizRescoring rescoring;

    @Autowired
    QuizAttempts quizzes;

    @Autowired
    CourseCatalog catalog;

    @Autowired
    CourseStaff staff;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void fixing_a_key_and_rescoring_changes_past_scores_and_audits_each_change() {
        var files = TestCourses.files("timed-test", "rescore-test");
        var v1 = TestCourses.publish(context, files, "instructor");
        signIn("rescore-student", "STUDENT");
        catalog.enrol("rescore-test", null);
        String attempt = quizzes.start("rescore-test", "tq-timed");
        quizzes.answer(attempt, "tq-i1", new Response.SingleChoiceAnswer("b"));
        quizzes.submit(attempt);
        assertThat(quizzes.review(attempt).orElseThrow().score()).contains(0.0);

        // The fix: the second option deserves partial credit.
        String fixed = files.get("quizzes/tq-timed.yaml")
                .replace(
                        "text: Liking, warmth and agreement\n        credit: 0",
                        "text: Liking, warmth and agreement\n        credit: 0.5");
        files.put("quizzes/tq-timed.yaml", fixed);
        var v2 = TestCourses.publish(context, files, "instructor");
        assertThat(v2.versionId()).isNotEqualTo(v1.versionId());

        signIn("instructor", "INSTRUCTOR");
        assertThat(rescoring.preview("rescore-test", v2.versionId()))
                .singleElement()
                .satisfies(c -> assertThat(c.newScore()).isEqualTo(0.25));
        assertThat(rescoring.rescore("rescore-test", v2.versionId())).hasSize(1);
        Long audits = jdbc.sql(
                        "select count(*) from rescore_audit a join attempt t on t.id = a.attempt_id"
                                + " where t.public_id = ? and a.actor = 'instructor' and a.old_score = 0 and a.new_score = 0.25")
                .param(attempt)
                .query(Long.class)
                .single();
        assertThat(audits).isEqualTo(1);
        assertThat(rescoring.preview("rescore-test", v2.versionId()))
                .as("nothing left to change")
                .isEmpty();

        var rolled = staff.rollBack("rescore-test", v1.versionId());
        assertThat(rolled.contentHash()).isEqualTo(v1.contentHash());
        assertThat(staff.versions("rescore-test")).hasSize(3);
        assertThat(staff.taught("rescore-test").orElseThrow().versionId()).isEqualTo(rolled.versionId());
    }

    @Test
    void an_instructor_who_does_not_teach_the_course_sees_no_versions_and_rescores_nothing() {
        signIn("stranger-teacher", "INSTRUCTOR");
        assertThat(staff.versions("therapeutic-relationship")).isEmpty();
        assertThat(rescoring.preview("therapeutic-relationship", 1)).isEmpty();
    }

    @Test
    void a_scoring_rule_upgrade_keeps_the_keys_an_attempt_was_rescored_with() {
        var files = TestCourses.files("timed-test", "rescore-rule-test");
        TestCourses.publish(context, files, "instructor");
        signIn("rule-upgrade-student", "STUDENT");
        catalog.enrol("rescore-rule-test", null);
        String attempt = quizzes.start("rescore-rule-test", "tq-timed");
        quizzes.answer(attempt, "tq-i1", new Response.SingleChoiceAnswer("b"));
        quizzes.submit(attempt);
        files.put(
                "quizzes/tq-timed.yaml",
                files.get("quizzes/tq-timed.yaml")
                        .replace(
                                "text: Liking, warmth and agreement\n        credit: 0",
                                "text: Liking, warmth and agreement\n        credit: 0.5"));
        var fixed = TestCourses.publish(context, files, "instructor");
        signIn("instructor", "INSTRUCTOR");
        rescoring.rescore("rescore-rule-test", fixed.versionId());

        signIn("rule-upgrade-admin", "ADMIN", "INSTRUCTOR");
        rescoring.rescoreUnderCurrentRules("a-later-scoring-rule");

        signIn("rule-upgrade-student", "STUDENT");
        assertThat(quizzes.review(attempt).orElseThrow().score())
                .as("rescored with the fixed key, and a later rule change must not bring the wrong key back")
                .contains(0.25);
    }
}
