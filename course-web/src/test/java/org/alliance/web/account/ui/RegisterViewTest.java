package org.alliance.web.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.alliance.web.AllianceTest;
import org.alliance.web.account.AccountService;
import org.alliance.web.security.ui.LoginView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;

@AllianceTest
@WithAnonymousUser
class RegisterViewTest extends SpringBrowserlessTest {
    @Autowired
    AccountService accounts;

    private RegisterView fill(String name, String username, String password, String confirm) {
        RegisterView view = navigate(RegisterView.class);
        test(view.displayName).setValue(name);
        test(view.username).setValue(username);
        test(view.password).setValue(password);
        test(view.confirm).setValue(confirm);
        test(view.create).click();
        return view;
    }

    @Test
    void a_short_password_is_refused_at_the_password_field() {
        RegisterView view = fill("Ana", "ana-short", "short one", "short one");
        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).isEqualTo("Use at least 12 characters.");
        assertThat(getCurrentView()).isInstanceOf(RegisterView.class);
    }

    @Test
    void a_common_password_is_refused() {
        RegisterView view = fill("Ana", "ana-common", "qwerty123456", "qwerty123456");
        assertThat(view.password.getErrorMessage()).contains("commonly used");
    }

    @Test
    void the_repeated_password_must_match() {
        RegisterView view = fill("Ana", "ana-mismatch", "a long calm sentence", "a long calm sentenc");
        assertThat(view.confirm.isInvalid()).isTrue();
        assertThat(view.password.isInvalid()).isFalse();
    }

    @Test
    void a_taken_username_is_refused_at_the_username_field() {
        RegisterView view = fill("Another Student", "student", "a long calm sentence", "a long calm sentence");
        assertThat(view.username.isInvalid()).isTrue();
        assertThat(view.username.getErrorMessage()).contains("taken");
    }

    @Test
    void a_valid_registration_creates_the_account_and_goes_to_sign_in() {
        fill("Ana Lima", "ana-lima", "a long calm sentence", "a long calm sentence");
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat(accounts.findForLogin("ana-lima")).hasValueSatisfying(a -> {
            assertThat(a.displayName()).isEqualTo("Ana Lima");
            assertThat(a.role().name()).isEqualTo("STUDENT");
        });
    }
}
