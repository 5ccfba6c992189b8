package org.alliance.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import org.alliance.web.AllianceTest;
import org.alliance.web.account.ui.RegisterView;
import org.alliance.web.security.ui.LoginView;
import org.alliance.web.shell.ui.HomeView;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

@AllianceTest
class VisitorPagesTest extends SpringBrowserlessTest {

    @Test
    @WithMockUser(username = "student", roles = "STUDENT")
    void a_signed_in_user_is_sent_home_from_the_sign_in_and_registration_pages() {
        navigate("login", Component.class);
        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
        navigate("register", Component.class);
        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
    }

    @Test
    @WithAnonymousUser
    void a_visitor_sees_the_sign_in_and_registration_pages() {
        navigate("login", Component.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        navigate("register", Component.class);
        assertThat(getCurrentView()).isInstanceOf(RegisterView.class);
    }
}
