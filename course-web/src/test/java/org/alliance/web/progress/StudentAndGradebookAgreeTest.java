package org.alliance.web.progress;

import static org.alliance.web.TestUsers.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alliance.core.grading.ActivityStatus;
import org.alliance.core.model.BestResponseVignette;
import org.alliance.web.AllianceTest;
import org.alliance.web.account.AccountService;
import org.alliance.web.assessment.QuizAttempts;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.catalog.CourseStaff;
import org.alliance.web.gradebook.Gradebook;
import org.alliance.web.gradebook.GradebookFixture;
import org.alliance.web.vignette.VignetteAttempts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The student's own pages (course page, progress) and the instructor's gradebook read the same attempts through
 * one rule, so they show the same status for every activity and the same course grade.
 */
@AllianceTest
class StudentAndGradebookAgreeTest {
    private static final String COURSE = "therapeutic-relationship";
    private static final String STUDENT = "agree-student";

    @Autowired
    Progress progress;

    @Autowired
    Gradebook gradebook;

    @Autowired
    QuizAttempts quizzes;

    @Autowired
    VignetteAttempts vignettes;

    @Autowired
    CourseCatalog catalog;

    @Autowired
    AccountService accounts;

    @Autowired
    CourseStaff staff;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_student_and_the_gradebook_see_the_same_status_for_every_activity() {
        new GradebookFixture(accounts, staff, catalog, quizzes).ensureTeacher();
        signIn(STUDENT, "STUDENT");
        catalog.enrol(COURSE, null);
        quizzes.submit(quizzes.start(COURSE, "q1-what-makes-therapy-work"));
        quizzes.start(COURSE, "q2-working-alliance");
        var pause = (BestResponseVignette) catalog.enrolledCourse(COURSE)
                .orElseThrow()
                .course()
                .activity("v5-the-long-pause")
                .orElseThrow();
        vignettes.pick(
                vignettes.start(COURSE, pause.id()), pause.options().getFirst().id());
        vignettes.submitText(
                vignettes.start(COURSE, "v3-reflect-the-feeling"), "That sounds heavy to carry.", Map.of());
        // Begun, then skipped for the content note: the open attempt is closed with no answer, and a skip
        // recorded. The student's page used to call the first "done", the gradebook "excused"; and for the
        // free-text one the gradebook said "awaiting" a grade for an answer never written.
        vignettes.start(COURSE, "v3-empathy-or-sympathy");
        vignettes.skip(COURSE, "v3-empathy-or-sympathy");
        vignettes.start(COURSE, "v10-the-last-session");
        vignettes.skip(COURSE, "v10-the-last-session");
        vignettes.start(COURSE, "v4-sorry-for-rambling");
        var student = progress.activityStatuses(COURSE);
        var standing = progress.overview().courses().stream()
                .filter(s -> s.courseId().equals(COURSE))
                .findFirst()
                .orElseThrow();

        signIn(GradebookFixture.TEACHER, "INSTRUCTOR");
        var row = gradebook.page(COURSE, STUDENT, List.of(), 0, 10).getFirst();
        Map<String, ActivityStatus> teacher = new LinkedHashMap<>();
        row.cells().forEach((id, cell) -> teacher.put(id, cell.status()));

        Map<String, ActivityStatus> studentSees = new LinkedHashMap<>();
        teacher.keySet().forEach(id -> studentSees.put(id, student.getOrDefault(id, new ActivityStatus.NotDone())));
        assertThat(teacher).isEqualTo(studentSees);
        assertThat(teacher)
                .containsEntry("q2-working-alliance", new ActivityStatus.InProgress())
                .containsEntry("v3-reflect-the-feeling", new ActivityStatus.AwaitingGrade())
                .containsEntry("v3-empathy-or-sympathy", new ActivityStatus.Excused())
                .containsEntry("v10-the-last-session", new ActivityStatus.Excused())
                .containsEntry("v4-sorry-for-rambling", new ActivityStatus.InProgress())
                .containsEntry("q8-patterns-tests-and-reactions", new ActivityStatus.NotDone());
        assertThat(teacher.get("q1-what-makes-therapy-work")).isInstanceOf(ActivityStatus.Graded.class);
        assertThat(teacher.get("v5-the-long-pause")).isInstanceOf(ActivityStatus.Graded.class);
        assertThat(row.courseGrade()).isEqualTo(standing.grade().grade().getAsDouble());
    }
}
