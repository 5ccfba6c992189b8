package org.alliance.web.shell.idle.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import java.time.Duration;
import org.alliance.web.AllianceTest;
import org.alliance.web.TestClock;
import org.alliance.web.account.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Every signed-in page carries the idle guard: with the app's settings (60 minutes, warned 2 minutes before) it
 * stays quiet while the user works, warns in the last two minutes, keeps the session on "Stay signed in" or on
 * reported input, and signs out when the hour has passed with nothing done. The clock is moved, never waited on.
 */
@AllianceTest
class IdleGuardTest extends SpringBrowserlessTest {
    @Autowired
    TestClock clock;

    @Autowired
    AccountService accounts;

    private IdleGuard signedInPage() {
        String me = SecurityContextHolder.getContext().getAuthentication().getName();
        accounts.register("Idle " + me, me, "a long enough password");
        navigate("", com.vaadin.flow.component.Component.class);
        return find(IdleGuard.class).single();
    }

    private boolean warningShown() {
        return find(ConfirmDialog.class).withId("idle-warning").all().stream().anyMatch(ConfirmDialog::isOpened);
    }

    @Test
    @WithMockUser(username = "idle-stays", roles = "STUDENT")
    void the_warning_comes_in_the_last_two_minutes_and_stay_signed_in_starts_the_hour_again() {
        var guard = signedInPage();

        clock.advance(Duration.ofMinutes(57));
        guard.check(-1);
        assertThat(warningShown()).as("57 minutes idle").isFalse();

        clock.advance(Duration.ofSeconds(90));
        guard.check(-1);
        assertThat(warningShown()).as("58.5 minutes idle").isTrue();
        var dialog = find(ConfirmDialog.class).withId("idle-warning").single();
        assertThat(dialog.getElement().getProperty("header")).isEqualTo("Are you still there?");
        assertThat(dialog.getElement().getProperty("message"))
                .isEqualTo("For your security you will be signed out in 90 seconds because you have not used Alliance"
                        + " for a while. Your saved work is kept.");

        ComponentUtil.fireEvent(dialog, new ConfirmDialog.ConfirmEvent(dialog, true));
        assertThat(warningShown()).as("after Stay signed in").isFalse();

        clock.advance(Duration.ofMinutes(59));
        guard.check(-1);
        assertThat(guard.ended()).as("59 minutes after Stay signed in").isFalse();
    }

    @Test
    @WithMockUser(username = "idle-leaves", roles = "STUDENT")
    void an_hour_with_nothing_done_signs_out() {
        var guard = signedInPage();

        clock.advance(Duration.ofMinutes(58));
        guard.check(-1);
        assertThat(warningShown()).isTrue();
        assertThat(guard.ended()).isFalse();
        assertThat(find(ConfirmDialog.class)
                        .withId("idle-warning")
                        .single()
                        .getElement()
                        .getProperty("message"))
                .contains("signed out in about 2 minutes");
        assertThat(guard.getElement().getNode().isInert())
                .as("the modal warning leaves the guard able to reach the server")
                .isFalse();

        var ui = guard.getUI().orElseThrow();
        var session = VaadinServletRequest.getCurrent().getHttpServletRequest().getSession(false);
        clock.advance(Duration.ofMinutes(2));
        guard.check(-1);

        assertThat(guard.ended()).isTrue();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        assertThatThrownBy(() -> session.getAttribute("any"))
                .as("the servlet session is invalidated")
                .isInstanceOf(IllegalStateException.class);
        assertThat(ui.getInternals().dumpPendingJavaScriptInvocations())
                .as("the browser is sent to the sign-in page with the inactivity message")
                .anySatisfy(js -> assertThat(js.getInvocation().getParameters()).contains("login?idle"));
    }

    @Test
    @WithMockUser(username = "idle-types", roles = "STUDENT")
    void input_the_browser_reports_keeps_the_session_and_closes_the_warning() {
        var guard = signedInPage();

        clock.advance(Duration.ofMinutes(59));
        guard.check(-1);
        assertThat(warningShown()).isTrue();

        clock.advance(Duration.ofSeconds(50));
        guard.check(3_000); // a key pressed three seconds ago, during the warning
        assertThat(warningShown()).isFalse();
        assertThat(guard.ended()).isFalse();

        clock.advance(Duration.ofMinutes(30));
        guard.check(-1);
        assertThat(guard.ended()).as("30 minutes after the key press").isFalse();
    }

    @Test
    @WithMockUser(username = "idle-navigates", roles = "STUDENT")
    void a_page_change_counts_as_activity() {
        var guard = signedInPage();

        clock.advance(Duration.ofMinutes(50));
        navigate("courses", com.vaadin.flow.component.Component.class);
        clock.advance(Duration.ofMinutes(15));
        guard.check(-1);
        assertThat(guard.ended()).as("15 minutes after the page change").isFalse();
        assertThat(warningShown()).isFalse();
    }

    /** The backstop without the script: heartbeats alone no longer keep a session, and they come more often. */
    @Test
    @WithMockUser(username = "idle-backstop", roles = "STUDENT")
    void vaadin_closes_sessions_that_only_send_heartbeats() {
        signedInPage();
        var configuration = VaadinService.getCurrent().getDeploymentConfiguration();
        assertThat(configuration.isCloseIdleSessions()).isTrue();
        assertThat(configuration.getHeartbeatInterval()).isPositive().isLessThan(60 * 60);
    }

    @Test
    @WithAnonymousUser
    void a_visitor_has_no_guard() {
        navigate("login", com.vaadin.flow.component.Component.class);
        assertThat(find(IdleGuard.class).all()).isEmpty();
    }
}
