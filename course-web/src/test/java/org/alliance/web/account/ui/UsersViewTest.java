package org.alliance.web.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.Clock;
import org.alliance.web.AllianceTest;
import org.alliance.web.account.AccountRole;
import org.alliance.web.account.AccountService;
import org.alliance.web.security.LoginSessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.test.context.support.WithMockUser;

@AllianceTest
@WithMockUser(
        username = "admin",
        roles = {"ADMIN", "INSTRUCTOR"})
class UsersViewTest extends SpringBrowserlessTest {
    @Autowired
    AccountService accounts;

    @Autowired
    SessionRegistry sessions;

    @Autowired
    Clock clock;

    @Test
    void the_admin_disables_a_user_whose_sessions_then_end() {
        accounts.createAccount("Rui Costa", "rui-costa", AccountRole.STUDENT);
        sessions.registerNewSession("rui-session", LoginSessions.principalFor("rui-costa", clock.instant()));
        UsersView view = navigate(UsersView.class);
        test(view.filter).setValue("rui-costa");
        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getCellText(0, 3)).isEqualTo("Active");

        var actions = (HorizontalLayout) grid.getCellComponent(0, 4);
        test((Button) actions.getComponentAt(0)).click();

        assertThat(accounts.findForLogin("rui-costa").orElseThrow().enabled()).isFalse();
        assertThat(sessions.getSessionInformation("rui-session").isExpired()).isTrue();
        assertThat(test(view.grid).getCellText(0, 3)).isEqualTo("Disabled");
    }

    @Test
    void creating_an_instructor_shows_a_one_time_password_once() {
        UsersView view = navigate(UsersView.class);
        test(view.create).click();
        CreateAccountDialog dialog = find(CreateAccountDialog.class).single();
        test(dialog.displayName).setValue("Ines Duarte");
        test(dialog.username).setValue("ines");
        test(dialog.save).click();

        OneTimePasswordDialog shown = find(OneTimePasswordDialog.class).single();
        assertThat(shown.password.getText()).matches("[a-z2-9]{5}(-[a-z2-9]{5}){3}");
        var ines = accounts.findForLogin("ines").orElseThrow();
        assertThat(ines.role()).isEqualTo(AccountRole.INSTRUCTOR);
        assertThat(ines.mustChangePassword()).isTrue();
    }
}
