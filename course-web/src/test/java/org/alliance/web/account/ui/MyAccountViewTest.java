package org.alliance.web.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.util.List;
import org.alliance.web.AllianceTest;
import org.alliance.web.account.AccountRole;
import org.alliance.web.account.AccountService;
import org.alliance.web.shell.ui.HomeView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

@AllianceTest
class MyAccountViewTest extends SpringBrowserlessTest {
    @Autowired
    AccountService accounts;

    @Test
    @WithMockUser(username = "student", roles = "STUDENT")
    void a_wrong_current_password_is_refused_at_that_field() {
        MyAccountView view = navigate(MyAccountView.class);
        test(view.current).setValue("not my password");
        test(view.newPassword).setValue("a brand new long password");
        test(view.confirm).setValue("a brand new long password");
        test(view.change).click();
        assertThat(view.current.isInvalid()).isTrue();
        assertThat(view.current.getErrorMessage()).isEqualTo("That is not your current password.");
    }

    @Test
    @WithMockUser(
            username = "admin",
            roles = {"ADMIN", "INSTRUCTOR"})
    void after_an_admin_reset_the_user_must_choose_a_new_password_before_anything_else() {
        accounts.createAccount("Sol Mendes", "sol", AccountRole.STUDENT);
        String oneTime = accounts.resetPassword("sol").password();
        signInAs("sol");

        UI.getCurrent().navigate(HomeView.class);
        assertThat(getCurrentView()).isInstanceOf(MyAccountView.class);
        MyAccountView view = (MyAccountView) getCurrentView();
        assertThat(view.mustChangeNotice.isVisible()).isTrue();

        test(view.current).setValue(oneTime);
        test(view.newPassword).setValue("my own chosen phrase");
        test(view.confirm).setValue("my own chosen phrase");
        test(view.change).click();

        assertThat(accounts.findForLogin("sol").orElseThrow().mustChangePassword())
                .isFalse();
        navigate(HomeView.class);
        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
    }

    private static void signInAs(String username) {
        var auth = new UsernamePasswordAuthenticationToken(
                username, null, List.of(new SimpleGrantedAuthority("ROLE_STUDENT")));
        SecurityContextHolder.getContext().setAuthentication(auth);
    }
}
