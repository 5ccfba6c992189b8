package org.alliance.web.catalog;

import static org.alliance.web.TestUsers.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.alliance.core.scoring.Response;
import org.alliance.web.AllianceTest;
import org.alliance.web.TestClock;
import org.alliance.web.account.AccountRole;
import org.alliance.web.account.AccountService;
import org.alliance.web.assessment.QuizAttempts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** Teachers run the offering: enrolment rules, enrolling by username, extra attempts, extensions. */
@AllianceTest
class OfferingsTest {
    @Autowired
    Offerings offerings;

    @Autowired
    CourseCatalog catalog;

    @Autowired
    AccountService accounts;

    @Autowired
    QuizAttempts quizzes;

    @Autowired
    TestClock clock;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void student(String username) {
        signIn("anonymous-registrar");
        accounts.register(username, username, "a long enough password");
    }

    @Test
    void a_teacher_enrols_students_by_username_all_or_nothing() {
        student("enrol-ana");
        student("enrol-ben");
        signIn("instructor", "INSTRUCTOR");
        assertThatThrownBy(() -> offerings.enrol("timed-test", List.of("enrol-ana", "nobody-here", "instructor")))
                .isInstanceOfSatisfying(
                        Offerings.UnknownStudents.class,
                        e -> assertThat(e.usernames()).containsExactly("nobody-here", "instructor"));
        assertThat(offerings.settings("timed-test")).isPresent();
        assertThat(offerings.enrol("timed-test", List.of("Enrol-Ana", "enrol-ben", "enrol-ana")))
                .isEqualTo(2);
    }

    @Test
    void a_key_is_needed_for_key_mode_and_the_right_key_enrols() {
        signIn("instructor", "INSTRUCTOR");
        assertThatThrownBy(() -> offerings.update("timed-test", EnrolmentMode.KEY, null, null, null))
                .hasMessage("offering.key-needed");
        offerings.update("timed-test", EnrolmentMode.KEY, "open sesame", null, null);
        student("key-cara");
        signIn("key-cara", "STUDENT");
        assertThatThrownBy(() -> catalog.enrol("timed-test", "wrong")).hasMessage("catalog.enrol.wrong-key");
        catalog.enrol("timed-test", "open sesame");
        assertThat(catalog.enrolledCourse("timed-test")).isPresent();
        signIn("instructor", "INSTRUCTOR");
        offerings.update("timed-test", EnrolmentMode.OPEN, null, null, null);
    }

    @Test
    void an_extra_attempt_and_an_extension_let_one_student_go_on() {
        student("extra-dan");
        signIn("instructor", "INSTRUCTOR");
        offerings.enrol("timed-test", List.of("extra-dan"));
        signIn("extra-dan", "STUDENT");
        quizzes.submit(quizzes.start("timed-test", "tq-timed"));
        quizzes.submit(quizzes.start("timed-test", "tq-timed"));
        assertThatThrownBy(() -> quizzes.start("timed-test", "tq-timed")).hasMessage("quiz.no-attempts-left");

        signIn("instructor", "INSTRUCTOR");
        offerings.grantExtraAttempts("timed-test", "extra-dan", "tq-timed", 1);
        offerings.update(
                "timed-test", EnrolmentMode.OPEN, null, null, clock.instant().plus(Duration.ofMinutes(1)));
        signIn("extra-dan", "STUDENT");
        String third = quizzes.start("timed-test", "tq-timed");

        clock.advance(Duration.ofMinutes(2));
        assertThatThrownBy(() -> quizzes.answer(third, "tq-i1", new Response.SingleChoiceAnswer("a")))
                .hasMessage("quiz.closed");
        signIn("instructor", "INSTRUCTOR");
        offerings.extendDeadline("timed-test", "extra-dan", clock.instant().plus(Duration.ofHours(1)));
        signIn("extra-dan", "STUDENT");
        quizzes.answer(third, "tq-i1", new Response.SingleChoiceAnswer("a"));

        signIn("instructor", "INSTRUCTOR");
        offerings.update("timed-test", EnrolmentMode.OPEN, null, null, null);
    }

    @Test
    void an_instructor_who_does_not_teach_the_course_is_refused() {
        signIn("admin", "ADMIN", "INSTRUCTOR");
        accounts.createAccount("Outsider", "outsider-teacher", AccountRole.INSTRUCTOR);
        signIn("outsider-teacher", "INSTRUCTOR");
        assertThat(offerings.settings("timed-test")).isEmpty();
        assertThatThrownBy(() -> offerings.enrol("timed-test", List.of("enrol-ana")))
                .hasMessage("catalog.not-found");
    }
}
