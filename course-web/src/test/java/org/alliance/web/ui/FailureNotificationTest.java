package org.alliance.web.ui;

import static org.alliance.web.ui.FailureMessages.REFUSED;
import static org.alliance.web.ui.FailureMessages.errorId;
import static org.alliance.web.ui.FailureMessages.refusedWhile;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Map;
import org.alliance.web.AllianceTest;
import org.alliance.web.account.AccountService;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.reflection.ui.ReflectionView;
import org.alliance.web.shell.ui.HomeView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A save the database refuses is never silent: the user reads what was not done, why, "try again" and an error id,
 * and the log line holding the cause carries the same id; a page that fails to open, and an exception no view
 * expected, are reported the same way.
 */
@AllianceTest
@ViewPackages(packages = "org.alliance.web")
@ExtendWith(OutputCaptureExtension.class)
class FailureNotificationTest extends SpringBrowserlessTest {
    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    @Autowired
    CourseCatalog catalog;

    private List<String> notifications() {
        return FailureMessages.texts(find(Notification.class).all());
    }

    @Test
    @WithMockUser(username = "fn-reflecting-student", roles = "STUDENT")
    void a_reflection_the_database_refuses_is_reported_with_an_id_that_the_log_line_carries(CapturedOutput log) {
        accounts.register("Reflecting Student", "fn-reflecting-student", "a long walk by the river");
        catalog.enrol("here-and-now", null);
        var view = navigate(
                ReflectionView.class,
                Map.of("courseId", "here-and-now", "reflectionId", "rh1-an-attitude-in-ordinary-life"));
        var answer = find(TextArea.class).single();
        var status = find(Span.class).withClassName("item-status").single();

        refusedWhile(
                jdbc,
                "reflection_answer",
                "answer",
                () -> test(answer).setValue("Waiting for a bus, " + REFUSED + "."));

        assertThat(notifications())
                .singleElement()
                .asString()
                .startsWith("Your reflection was not saved: the database did not accept the change. Please try again.");
        String id = errorId(notifications().getFirst());
        assertThat(status.getText()).isEqualTo("Your reflection was not saved");
        assertThat(log.getOut())
                .containsPattern("ERROR .*Error " + id + ": failure.reflection \\(user fn-reflecting-student")
                .contains("TEST_REFUSES_REFLECTION_ANSWER");

        test(answer).setValue("Waiting for a bus, patiently.");
        assertThat(status.getText()).as("the next save goes through").isEqualTo(view.getTranslation("quiz.saved"));
    }

    @Test
    @WithMockUser(username = "fn-page-student", roles = "STUDENT")
    void a_page_that_cannot_be_opened_says_so_with_an_error_id_the_log_line_carries(CapturedOutput log) {
        accounts.register("Page Student", "fn-page-student", "a long walk by the river");
        catalog.enrol("here-and-now", null);
        jdbc.sql("alter table reflection_answer rename to reflection_answer_away")
                .update();
        try {
            navigate("courses/here-and-now/reflections/rh1-an-attitude-in-ordinary-life", Component.class);
        } finally {
            jdbc.sql("alter table reflection_answer_away rename to reflection_answer")
                    .update();
        }

        assertThat(getCurrentView()).isInstanceOf(ServerErrorView.class);
        String message = ((ServerErrorView) getCurrentView()).message.getText();
        assertThat(message).startsWith("The page was not opened: the database reported an error. Please try again.");
        assertThat(log.getOut()).contains("Error " + errorId(message) + ": failure.page (user fn-page-student");
    }

    @Test
    @WithMockUser(username = "student", roles = "STUDENT")
    void an_error_no_view_expected_is_still_shown_and_logged_by_the_session_s_handler(CapturedOutput log) {
        navigate(HomeView.class);
        var handler = VaadinSession.getCurrent().getErrorHandler();
        assertThat(handler).isInstanceOf(UnexpectedErrorHandler.class);

        handler.error(new ErrorEvent(new IllegalStateException("a listener went wrong")));

        String message = notifications().getLast();
        assertThat(message)
                .startsWith("What you asked for was not done: something went wrong on the server. Please try again.");
        assertThat(log.getOut())
                .contains("Error " + errorId(message) + ": failure.unnamed (user student")
                .contains("a listener went wrong");
    }
}
