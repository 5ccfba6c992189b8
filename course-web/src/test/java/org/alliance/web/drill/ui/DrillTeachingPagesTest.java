package org.alliance.web.drill.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.RouterLink;
import java.util.Map;
import java.util.Set;
import org.alliance.web.AllianceTest;
import org.alliance.web.drill.DrillCourse;
import org.alliance.web.drill.DrillFeedback;
import org.alliance.web.drill.DrillPractice;
import org.alliance.web.drill.DrillTeachingViews.StudentPractice;
import org.alliance.web.grading.FeedbackRequests.Request;
import org.alliance.web.grading.ui.GradingQueueView;
import org.alliance.web.teaching.ui.TaughtCourseView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/** The instructors' drill pages, browserless: the queue's feedback section, answering, the practice report. */
@AllianceTest
class DrillTeachingPagesTest extends SpringBrowserlessTest {
    @Autowired
    ApplicationContext context;

    @Autowired
    DrillPractice practice;

    @Autowired
    DrillFeedback feedback;

    /** A student of the course sends their first response for feedback; the caller is signed in again after. */
    private String sent(DrillCourse course, String student) {
        var me = SecurityContextHolder.getContext().getAuthentication();
        course.enrolStudent(student);
        var turn = practice.start(course.id, DrillCourse.DRILL);
        String tryId = practice.respond(course.id, DrillCourse.DRILL, turn.turnId(), "I notice a pause between us.")
                .tryId();
        practice.requestFeedback(course.id, DrillCourse.DRILL, tryId);
        SecurityContextHolder.getContext().setAuthentication(me);
        return tryId;
    }

    @Test
    @WithMockUser(username = "dtp-owner", roles = "INSTRUCTOR")
    void the_owner_finds_the_request_in_the_queue_answers_it_and_sees_it_answered() {
        var course = DrillCourse.publish(context, "dtp-answer", "dtp-owner");
        String tryId = sent(course, "dtp-answer-ada");

        var queue = navigate(GradingQueueView.class, Map.of("courseId", course.id));
        assertThat(find(H2.class, queue).all())
                .extracting(H2::getText)
                .contains("Feedback requested (not graded): 1 open");
        @SuppressWarnings("unchecked")
        Grid<Request> requests =
                find(Grid.class, queue).withId("feedback-requests").single();
        assertThat(test(requests).size()).isEqualTo(1);
        assertThat(test(requests).getRow(0).student()).isEqualTo("dtp-answer-ada");
        var open = (RouterLink) test(requests).getCellComponent(0, 5);
        assertThat(open.getHref()).isEqualTo("teaching/" + course.id + "/feedback/" + tryId);
        assertThat(open.getText()).isEqualTo("Give feedback");
        assertThat(open.getElement().getAttribute("aria-label")).contains("dtp-answer-ada");

        var page = navigate(DrillFeedbackView.class, Map.of("courseId", course.id, "tryId", tryId));
        assertThat(page.getElement().getTextRecursively())
                .contains("I notice a pause between us.")
                .contains("Not answered yet.");
        test(page.send).click();
        assertThat(page.comment.isInvalid()).as("a comment is required").isTrue();
        assertThat(feedback.sheet(course.id, tryId).orElseThrow().answer()).isEmpty();

        var first = page.met.getListDataView().getItems().findFirst().orElseThrow();
        page.met.setValue(Set.of(first));
        test(page.comment).setValue("You named it gently. Next, stay a moment longer.");
        test(page.send).click();
        var answer = feedback.sheet(course.id, tryId).orElseThrow().answer().orElseThrow();
        assertThat(answer.met()).containsExactly(first.id());
        assertThat(answer.comment()).isEqualTo("You named it gently. Next, stay a moment longer.");
        assertThat(page.status.getText()).startsWith("Answered by dtp-owner");

        navigate(GradingQueueView.class, Map.of("courseId", course.id));
        assertThat(find(H2.class).all()).extracting(H2::getText).contains("Feedback requested (not graded): 0 open");
    }

    @Test
    @WithMockUser(username = "dtp-report-owner", roles = "INSTRUCTOR")
    void the_taught_course_links_to_the_practice_report_which_has_a_table_per_drill() {
        var course = DrillCourse.publish(context, "dtp-report", "dtp-report-owner");
        sent(course, "dtp-report-bo");

        var taught = navigate(TaughtCourseView.class, Map.of("courseId", course.id));
        assertThat(find(RouterLink.class, taught).all())
                .extracting(RouterLink::getHref)
                .contains("teaching/" + course.id + "/practice");

        var report = navigate(PracticeReportView.class, Map.of("courseId", course.id));
        Grid<StudentPractice> table = report.tables.stream()
                .filter(t -> t.getId().orElseThrow().equals("practice-" + DrillCourse.DRILL))
                .findFirst()
                .orElseThrow();
        assertThat(test(table).size()).isEqualTo(1);
        assertThat(test(table).getRow(0).student()).isEqualTo("dtp-report-bo");
        assertThat(test(table).getCellText(0, 5)).isEqualTo("1 open, 0 answered");
        assertThat(table.getAriaLabel()).hasValueSatisfying(l -> assertThat(l).startsWith("Practice in "));
    }
}
