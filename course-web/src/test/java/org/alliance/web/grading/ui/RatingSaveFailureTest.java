package org.alliance.web.grading.ui;

import static org.alliance.web.ui.FailureMessages.REFUSED;
import static org.alliance.web.ui.FailureMessages.errorId;
import static org.alliance.web.ui.FailureMessages.refusedWhile;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import java.util.Map;
import java.util.Objects;
import org.alliance.web.AllianceTest;
import org.alliance.web.TestUsers;
import org.alliance.web.account.AccountService;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.ui.FailureMessages;
import org.alliance.web.vignette.VignetteAttempts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/** "Save rating" that the database refuses says so, with an error id the log shares, instead of doing nothing. */
@AllianceTest
@ExtendWith(OutputCaptureExtension.class)
class RatingSaveFailureTest extends SpringBrowserlessTest {
    private static final String COURSE = "therapeutic-relationship";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    @Autowired
    CourseCatalog catalog;

    @Autowired
    VignetteAttempts vignettes;

    @Test
    @WithMockUser(username = "instructor", roles = "INSTRUCTOR")
    void a_rating_the_database_refuses_says_your_rating_was_not_saved(CapturedOutput log) {
        var me = SecurityContextHolder.getContext().getAuthentication();
        accounts.register("Rated Student", "rsf-student", "a long walk by the river");
        TestUsers.signIn("rsf-student", "STUDENT");
        catalog.enrol(COURSE, null);
        String answer = vignettes.start(COURSE, "v3-reflect-the-feeling");
        vignettes.submitText(
                answer, "You sound relieved, and something else is there too?", Map.of("d1-empathic-accuracy", 4));
        SecurityContextHolder.getContext().setAuthentication(me);

        var view = navigate(GradingView.class, Map.of("courseId", COURSE, "attemptId", answer));
        var form = Objects.requireNonNull(view.form);
        form.dimensions.values().forEach(g -> g.setValue(4));
        form.comment.setValue("Warm, and " + REFUSED + ".");
        refusedWhile(jdbc, "free_text_rating", "comment", () -> test(view.save).click());

        String message = FailureMessages.texts(find(Notification.class).all()).getLast();
        assertThat(message)
                .startsWith("Your rating was not saved: the database did not accept the change. Please try again.");
        assertThat(log.getOut()).contains("Error " + errorId(message) + ": failure.rating (user instructor");
        assertThat(view.status.getText()).as("nothing was stored").isEqualTo("Status: Not yet rated.");
    }
}
