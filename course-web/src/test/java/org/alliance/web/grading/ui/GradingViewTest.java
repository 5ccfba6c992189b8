package org.alliance.web.grading.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Map;
import java.util.Objects;
import org.alliance.web.AllianceTest;
import org.alliance.web.TestUsers;
import org.alliance.web.account.AccountService;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.catalog.CourseRaters;
import org.alliance.web.catalog.CourseStaff;
import org.alliance.web.editor.Drafts;
import org.alliance.web.grading.Grading;
import org.alliance.web.grading.OwnedCourse;
import org.alliance.web.vignette.VignetteAttempts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/** The grading page as the demo instructor uses it, and the student's notice afterwards. */
@AllianceTest
class GradingViewTest extends SpringBrowserlessTest {
    private static final String COURSE = "therapeutic-relationship";

    @Autowired
    AccountService accounts;

    @Autowired
    CourseCatalog catalog;

    @Autowired
    VignetteAttempts vignettes;

    @Autowired
    Grading grading;

    @Autowired
    CourseStaff staff;

    @Autowired
    CourseRaters raters;

    @Autowired
    Drafts drafts;

    /** A student (a real account) answers the free-text vignette; the signed-in test user is restored after. */
    private String studentAnswers(String student) {
        var me = SecurityContextHolder.getContext().getAuthentication();
        accounts.register("Student " + student, student, "a long enough password");
        TestUsers.signIn(student, "STUDENT");
        catalog.enrol(COURSE, null);
        String id = vignettes.start(COURSE, "v3-reflect-the-feeling");
        vignettes.submitText(
                id, "It sounds as if the luck is real, and something else is too?", Map.of("d1-empathic-accuracy", 4));
        SecurityContextHolder.getContext().setAuthentication(me);
        return id;
    }

    @Test
    @WithMockUser(username = "instructor", roles = "INSTRUCTOR")
    void the_instructor_reads_the_answer_beside_the_rubric_rates_and_releases_it() {
        String id = studentAnswers("gv-student-one");
        var queue = navigate(GradingQueueView.class, Map.of("courseId", COURSE));
        assertThat(test(queue.answers).size()).isPositive();

        var view = navigate(GradingView.class, Map.of("courseId", COURSE, "attemptId", id));
        assertThat(view.status.getText()).isEqualTo("Status: Not yet rated.");
        String page = view.getElement().getOuterHTML();
        assertThat(page)
                .contains("It sounds as if the luck is real, and something else is too?")
                .contains("for context only")
                .contains("Level 1:")
                .contains("Level 3:")
                .contains("Level 5:");
        var form = Objects.requireNonNull(view.form);
        assertThat(form.dimensions).containsOnlyKeys("d1-empathic-accuracy", "d2-warmth", "d6-timing");

        test(view.save).click();
        assertThat(form.dimensions.get("d2-warmth").isInvalid())
                .as("every dimension needs a rating")
                .isTrue();

        form.dimensions.values().forEach(g -> g.setValue(4));
        form.comment.setValue("Tentative, and it uses the cue.");
        test(view.save).click();
        assertThat(view.status.getText()).startsWith("Status: Rated once").contains("75 %");

        view.releaseComment.setValue("Well caught: the flat voice matters.");
        test(view.release).click();
        assertThat(view.status.getText()).isEqualTo("Status: Released.");
        var history = Objects.requireNonNull(view.history);
        assertThat(test(history.audit).size()).isEqualTo(2);
        assertThat(history.ratings
                        .getChildren()
                        .map(c -> ((ListItem) c).getElement().getTextRecursively()))
                .singleElement()
                .asString()
                .contains("instructor");

        assertThat(view.overrideForm).as("a co-instructor does not override").isNull();
        assertThat(view.getElement().getTextRecursively()).contains("Only the course’s owner or an admin can change");
    }

    @Test
    @WithMockUser(
            username = "admin",
            roles = {"ADMIN", "INSTRUCTOR"})
    void an_admin_overrides_a_released_grade_only_with_a_reason() {
        String id = studentAnswers("gv-student-three");
        var me = SecurityContextHolder.getContext().getAuthentication();
        TestUsers.signIn("instructor", "INSTRUCTOR");
        grading.rate(COURSE, id, Map.of("d1-empathic-accuracy", 3, "d2-warmth", 3, "d6-timing", 3), false, "");
        grading.release(COURSE, id, "");
        SecurityContextHolder.getContext().setAuthentication(me);

        var view = navigate(GradingView.class, Map.of("courseId", COURSE, "attemptId", id));
        assertThat(view.overrideForm).isNotNull();
        view.reason.setValue("");
        test(view.override).click();
        assertThat(view.reason.isInvalid()).as("an override needs a reason").isTrue();
    }

    @Test
    @WithMockUser(username = "gv-owner", roles = "INSTRUCTOR")
    void the_owner_adds_a_rater_from_a_disputed_answer_and_rates_blind_until_then() {
        var me = SecurityContextHolder.getContext().getAuthentication();
        var course = OwnedCourse.create("gv", "gv-owner", accounts, staff, drafts, catalog, vignettes);
        String rater = course.instructor("gv-third-rater");
        String id = course.answer("gv-student-four", "What is it like to say that to me?");
        TestUsers.signIn(course.coInstructor, "INSTRUCTOR");
        grading.rate(course.id, id, OwnedCourse.rating(5), false, "Co-instructor's reading");
        SecurityContextHolder.getContext().setAuthentication(me);

        var view = navigate(GradingView.class, Map.of("courseId", course.id, "attemptId", id));
        assertThat(view.status.getText()).as("no pending score while blind").doesNotContain("%");
        assertThat(view.history).isNull();
        assertThat(find(Paragraph.class).all())
                .anySatisfy(p -> assertThat(p.getId()).contains("grading-blind"));
        assertThat(view.getElement().getTextRecursively())
                .doesNotContain("Co-instructor's reading")
                .doesNotContain(course.coInstructor)
                .doesNotContain("Release the grade");
        var form = Objects.requireNonNull(view.form);
        form.dimensions.values().forEach(g -> g.setValue(1));
        test(view.save).click();
        assertThat(view.history)
                .as("once rated, the owner sees the other rating")
                .isNotNull();
        assertThat(view.getElement().getTextRecursively()).contains("Co-instructor's reading");
        assertThat(view.status.getText()).contains("Needs resolution");

        var add = Objects.requireNonNull(view.addRater);
        add.username.setValue(rater);
        test(add.add).click();
        assertThat(raters.raters(course.id))
                .extracting(CourseRaters.Rater::username)
                .containsExactly(rater);
        var audit = test(Objects.requireNonNull(view.history).audit);
        assertThat(audit.getCellText(audit.size() - 1, 2)).isEqualTo("Rater added");
        assertThat(audit.getCellText(audit.size() - 1, 5)).isEqualTo(rater);
    }

    @Test
    @WithMockUser(username = "gv-student-two", roles = "STUDENT")
    void the_student_sees_the_notice_and_opening_it_marks_it_read() {
        var me = SecurityContextHolder.getContext().getAuthentication();
        String id = studentAnswers("gv-student-two");
        TestUsers.signIn("instructor", "INSTRUCTOR");
        grading.rate(COURSE, id, Map.of("d1-empathic-accuracy", 5, "d2-warmth", 5, "d6-timing", 5), false, "");
        grading.release(COURSE, id, "Excellent.");
        SecurityContextHolder.getContext().setAuthentication(me);

        var notices = navigate(NoticesView.class);
        var bell = find(NoticeBell.class).single();
        assertThat(bell.getElement().getAttribute("aria-label")).isEqualTo("Notices: 1 unread");
        assertThat(notices.list.getChildren()).hasSize(1);
        var open = find(Button.class).all().stream()
                .filter(b -> b.hasClassName("notice-open"))
                .findFirst()
                .orElseThrow();
        assertThat(open.getText()).contains("I am lucky. I am.");
        test(open).click();
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("VignetteDebriefView");
        assertThat(bell.getElement().getAttribute("aria-label")).isEqualTo("Notices: none unread");
        var panel = find(ReleasedGradePanel.class).single();
        assertThat(panel.getElement().getTextRecursively())
                .contains("Excellent.")
                .contains("you rated 4");
    }
}
