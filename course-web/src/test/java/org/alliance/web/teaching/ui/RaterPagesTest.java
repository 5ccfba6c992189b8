package org.alliance.web.teaching.ui;

import static org.alliance.web.grading.OwnedCourse.rating;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Map;
import org.alliance.web.AllianceTest;
import org.alliance.web.TestUsers;
import org.alliance.web.account.AccountService;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.catalog.CourseRaters;
import org.alliance.web.catalog.CourseStaff;
import org.alliance.web.editor.Drafts;
import org.alliance.web.grading.Grading;
import org.alliance.web.grading.OwnedCourse;
import org.alliance.web.grading.ui.GradingQueueView;
import org.alliance.web.grading.ui.GradingView;
import org.alliance.web.shell.ui.NotFoundView;
import org.alliance.web.vignette.VignetteAttempts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/** What an instructor added to a course as a rater finds in the app: grading, and nothing else of that course. */
@AllianceTest
class RaterPagesTest extends SpringBrowserlessTest {
    private static final String RATER = "pages-rater";

    @Autowired
    AccountService accounts;

    @Autowired
    CourseStaff staff;

    @Autowired
    Drafts drafts;

    @Autowired
    CourseCatalog catalog;

    @Autowired
    VignetteAttempts vignettes;

    @Autowired
    Grading grading;

    @Autowired
    CourseRaters raters;

    @Test
    @WithMockUser(username = "pages-owner", roles = "INSTRUCTOR")
    void the_owner_sees_the_courses_raters_and_removes_one() {
        var me = SecurityContextHolder.getContext().getAuthentication();
        var course = OwnedCourse.create("pages", "pages-owner", accounts, staff, drafts, catalog, vignettes);
        String rater = course.instructor("pages-removed-rater");
        String id = course.answer(course.id + "-student", "Something shifted when I said that.");
        grading.rate(course.id, id, rating(2), false, "");
        TestUsers.signIn(course.coInstructor, "INSTRUCTOR");
        grading.rate(course.id, id, rating(5), false, "");
        SecurityContextHolder.getContext().setAuthentication(me);
        grading.addRater(course.id, id, rater);

        var page = navigate(TaughtCourseView.class, Map.of("courseId", course.id));
        assertThat(page.getElement().getTextRecursively())
                .contains("Raters (free-text grading only):")
                .contains(rater);
        test(find(Button.class).withAriaLabel("Remove " + rater + " as a rater").single())
                .click();
        assertThat(raters.raters(course.id)).isEmpty();
        assertThat(page.getElement().getTextRecursively()).doesNotContain(rater);
    }

    @Test
    @WithMockUser(username = RATER, roles = "INSTRUCTOR")
    void a_rater_only_instructor_sees_only_grading_of_the_course() {
        var me = SecurityContextHolder.getContext().getAuthentication();
        var course = OwnedCourse.create("pages", accounts, staff, drafts, catalog, vignettes);
        course.instructor(RATER);
        String student = course.id + "-student";
        String id = course.answer(student, "Shall we look at what happened between us just now?");
        TestUsers.signIn(course.owner, "INSTRUCTOR");
        grading.rate(course.id, id, rating(1), false, "Owner's first reading " + course.id);
        TestUsers.signIn(course.coInstructor, "INSTRUCTOR");
        grading.rate(course.id, id, rating(5), false, "");
        TestUsers.signIn(course.owner, "INSTRUCTOR");
        grading.addRater(course.id, id, RATER);
        SecurityContextHolder.getContext().setAuthentication(me);

        var home = navigate(TeachingView.class);
        assertThat(test(home.courses).size()).as("the rater teaches nothing").isZero();
        var links = find(RouterLink.class, home.rated).all();
        assertThat(links).singleElement().satisfies(l -> {
            assertThat(l.getHref()).isEqualTo("teaching/" + course.id + "/grading");
            assertThat(l.getText()).contains("Graded course").contains("1 answers to grade");
        });

        var page = navigate(TaughtCourseView.class, Map.of("courseId", course.id));
        assertThat(find(RouterLink.class, page.tools).all())
                .extracting(RouterLink::getHref)
                .containsExactly("teaching/" + course.id + "/grading");
        assertThat(page.getElement().getTextRecursively())
                .contains("rater")
                .doesNotContain(student)
                .doesNotContain("Preview");

        for (String tool : List.of(
                "edit",
                "enrolment",
                "versions",
                "gradebook",
                "analysis",
                "export",
                "copy",
                "preview/quizzes/qz",
                "preview/vignettes/" + OwnedCourse.VIGNETTE,
                "gradebook/" + student)) {
            navigate("teaching/" + course.id + "/" + tool, Component.class);
            assertThat(getCurrentView()).as(tool).isInstanceOf(NotFoundView.class);
        }

        navigate(GradingQueueView.class, Map.of("courseId", course.id));
        assertThat(test(find(Grid.class).single()).size()).isEqualTo(1);
        var sheet = navigate(GradingView.class, Map.of("courseId", course.id, "attemptId", id));
        String text = sheet.getElement().getTextRecursively();
        assertThat(text)
                .contains("You rate this answer blind")
                .contains("Your resolution rating")
                .doesNotContain("Owner's first reading")
                .doesNotContain(course.owner)
                .doesNotContain("Release the grade")
                .doesNotContain("Add a rater");
    }
}
