package org.alliance.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import org.alliance.web.AllianceTest;
import org.alliance.web.TestUsers;
import org.alliance.web.account.AccountService;
import org.alliance.web.shell.ui.AccessDeniedView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A failed authorisation is written to the security log with who, what and from where: a service method that
 * its {@code @PreAuthorize} refuses, and a page that Vaadin's view access control refuses.
 */
@AllianceTest
class AccessDenialLogTest extends SpringBrowserlessTest {
    @Autowired
    AccountService accounts;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void a_student_calling_an_admin_service_method_is_logged_with_who_what_and_where() {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr("203.0.113.41");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        TestUsers.signIn("denied-student-41", "STUDENT");

        try (var log = new SecurityLogCapture()) {
            assertThatThrownBy(() -> accounts.list("", 0, 5)).isInstanceOf(AccessDeniedException.class);

            assertThat(log.linesWith("denied-student-41"))
                    .containsExactly(
                            "WARN Access denied: account 'denied-student-41' from 203.0.113.41 to AccountService.list");
        }
    }

    @Test
    void a_permitted_call_logs_no_denial() {
        TestUsers.signIn("allowed-admin-42", "ADMIN");
        try (var log = new SecurityLogCapture()) {
            accounts.list("", 0, 5);
            assertThat(log.linesWith("allowed-admin-42")).isEmpty();
        }
    }

    @Test
    void a_student_opening_an_admin_page_is_logged_with_who_what_and_where() {
        TestUsers.signIn("denied-student-43", "STUDENT");
        try (var log = new SecurityLogCapture()) {
            navigate("admin/users", Component.class);

            assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
            assertThat(log.linesWith("denied-student-43"))
                    .singleElement()
                    .asString()
                    .startsWith("WARN Access denied: account 'denied-student-43' from ")
                    .endsWith(" to page /admin/users");
        }
    }
}
