package org.alliance.web.grading.ui;

import org.alliance.web.TestUsers;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.ListItem;
import java.util.Map;
import java.util.Objects;
import org.alliance.web.AllianceTest;
import org.alliance.web.account.AccountService;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.vignette.VignetteAttempts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/** The grading page as the demo instructor uses it, and the student's notice afterwards. */
@AllianceTest
class GradingViewTest extends SpringBrowserlessTest {
    private static final String COURSE = "therapeutic-relationship";
    @Autowired AccountService accounts;
    @Autowired CourseCatalog catalog;
    @Autowired VignetteAttempts vignettes;
    @Autowired org.alliance.web.grading.Grading grading;

    /** A student (a real account) answers the free-text vignette; the signed-in test user is restored after. */
    private String studentAnswers(String student) {
        var me = SecurityContextHolder.getContext().getAuthentication();
        accounts.register("Student " + student, student, "a long enough password");
        TestUsers.signIn(student, "STUDENT");
        catalog.enrol(COURSE, null);
        String id = vignettes.start(COURSE, "v3-reflect-the-feeling");
        vignettes.submitText(id, "It sounds as if the luck is real, and something else is too?",
                Map.of("d1-empathic-accuracy", 4));
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
        assertThat(page).contains("It sounds as if the luck is real, and something else is too?")
                .contains("for context only").contains("Level 1:").contains("Level 3:").contains("Level 5:");
        var form = Objects.requireNonNull(view.form);
        assertThat(form.dimensions).containsOnlyKeys("d1-empathic-accuracy", "d2-warmth", "d6-timing");

        test(view.save).click();
        assertThat(form.dimensions.get("d2-warmth").isInvalid()).as("every dimension needs a rating").isTrue();

        form.dimensions.values().forEach(g -> g.setValue(4));
        form.comment.setValue("Tentative, and it uses the cue.");
        test(view.save).click();
        assertThat(view.status.getText()).startsWith("Status: Rated once").contains("75 %");

        view.releaseComment.setValue("Well caught: the flat voice matters.");
        test(view.release).click();
        assertThat(view.status.getText()).isEqualTo("Status: Released.");
        var history = Objects.requireNonNull(view.history);
        assertThat(test(history.audit).size()).isEqualTo(2);
        assertThat(history.ratings.getChildren().map(c -> ((ListItem) c).getElement().getTextRecursively()))
                .singleElement().asString().contains("instructor");

        view.reason.setValue("");
        test(view.override).click();
        assertThat(view.reason.isInvalid()).as("an override needs a reason").isTrue();
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
        var open = find(com.vaadin.flow.component.button.Button.class).all().stream()
                .filter(b -> b.hasClassName("notice-open")).findFirst().orElseThrow();
        assertThat(open.getText()).contains("I am lucky. I am.");
        test(open).click();
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("VignetteDebriefView");
        assertThat(bell.getElement().getAttribute("aria-label")).isEqualTo("Notices: none unread");
        var panel = find(ReleasedGradePanel.class).single();
        assertThat(panel.getElement().getTextRecursively()).contains("Excellent.").contains("you rated 4");
    }
}
