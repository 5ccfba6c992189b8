package org.alliance.web.gradebook;

import java.util.Map;
import org.alliance.core.scoring.Response;
import org.alliance.web.TestUsers;
import org.alliance.web.account.AccountRole;
import org.alliance.web.account.AccountService;
import org.alliance.web.assessment.QuizAttempts;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.catalog.CourseStaff;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Seeds the gradebook tests through the real services: students enrol and take quizzes, an admin makes an
 * instructor co-teach. A plain object, not a bean, so the shared test context stays as it is.
 * {@code gradebook-test} is a course only these tests use, so its numbers are theirs.
 */
public class GradebookFixture {
    public static final String COURSE = "gradebook-test";
    public static final String TEACHER = "gb-teacher";
    private static boolean teacherReady;
    private final AccountService accounts;
    private final CourseStaff staff;
    private final CourseCatalog catalog;
    private final QuizAttempts quizzes;

    public GradebookFixture(AccountService accounts, CourseStaff staff, CourseCatalog catalog, QuizAttempts quizzes) {
        this.accounts = accounts;
        this.staff = staff;
        this.catalog = catalog;
        this.quizzes = quizzes;
    }

    /** The teacher co-teaches the course (and the bundled one); set up once per test JVM. */
    public void ensureTeacher() {
        synchronized (GradebookFixture.class) {
            if (teacherReady) {
                return;
            }
            var previous = SecurityContextHolder.getContext().getAuthentication();
            TestUsers.signIn("gb-admin", "ADMIN", "INSTRUCTOR");
            try {
                if (accounts.findForLogin(TEACHER).isEmpty()) {
                    // Registered, then promoted: an admin-made account must change its password first.
                    accounts.register("Gradebook Teacher", TEACHER, "a long enough password");
                    accounts.changeRole(TEACHER, AccountRole.INSTRUCTOR);
                }
                staff.addInstructor(COURSE, TEACHER);
                staff.addInstructor("therapeutic-relationship", TEACHER);
                teacherReady = true;
            } finally {
                SecurityContextHolder.getContext().setAuthentication(previous);
            }
        }
    }

    public void enrol(String student, String courseId) {
        TestUsers.signIn(student, "STUDENT");
        catalog.enrol(courseId, null);
    }

    /** One submitted attempt of the signed-in-as student with these answers. */
    public void submit(String student, String quizId, Map<String, Response> answers) {
        enrol(student, COURSE);
        String id = quizzes.start(COURSE, quizId);
        answers.forEach((item, response) -> quizzes.answer(id, item, response));
        quizzes.submit(id);
    }

    /** An attempt started and left open: it must not count anywhere. */
    public void leaveOpen(String student, String quizId, Map<String, Response> answers) {
        enrol(student, COURSE);
        String id = quizzes.start(COURSE, quizId);
        answers.forEach((item, response) -> quizzes.answer(id, item, response));
    }

    /** Answers to gq-one (items gi1, gi2) or gq-stats (gs1, gs2): a single choice, then true/false. */
    public static Map<String, Response> answers(String prefix, String option, boolean truth) {
        return Map.of(
                prefix + "1",
                new Response.SingleChoiceAnswer(option),
                prefix + "2",
                new Response.TrueFalseAnswer(truth));
    }
}
