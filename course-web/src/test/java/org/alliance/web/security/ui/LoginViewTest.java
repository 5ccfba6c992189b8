package org.alliance.web.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.alliance.web.AllianceTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;

@AllianceTest
@WithAnonymousUser
class LoginViewTest extends SpringBrowserlessTest {

    @Test
    void the_sign_in_form_posts_to_spring_security_and_shows_no_error_at_first() {
        LoginView view = navigate(LoginView.class);
        assertThat(view.form.getAction()).isEqualTo("login");
        assertThat(view.form.isError()).isFalse();
        assertThat(view.signedOutIdle.isVisible()).isFalse();
    }

    @Test
    void after_an_idle_sign_out_the_page_says_why_and_that_saved_work_is_kept() {
        UI.getCurrent().navigate("login", QueryParameters.of("idle", ""));
        LoginView view = (LoginView) getCurrentView();
        assertThat(view.signedOutIdle.isVisible()).isTrue();
        assertThat(view.signedOutIdle.getText())
                .contains("signed out after a period of inactivity")
                .contains("saved work is kept");
        assertThat(view.signedOutIdle.getElement().getAttribute("role")).isEqualTo("status");
        assertThat(view.form.isError()).isFalse();
    }

    @Test
    void after_a_failure_one_generic_message_is_shown() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        LoginView view = (LoginView) getCurrentView();
        assertThat(view.form.isError()).isTrue();
        assertThat(view.shown.getErrorMessage().getMessage())
                .contains("username or password is not correct")
                .doesNotContainIgnoringCase("exist");
    }
}
