package org.alliance.web.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.alliance.web.AllianceTest;
import org.alliance.web.account.ui.UsersView;
import org.alliance.web.security.ui.LoginView;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

/** Each role sees the navigation it may use, and the server refuses the rest. */
@AllianceTest
class NavigationPerRoleTest extends SpringBrowserlessTest {

    private List<String> navLabels() {
        return find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    @WithMockUser(username = "student", roles = "STUDENT")
    void a_student_sees_home_courses_and_their_account() {
        navigate(HomeView.class);
        assertThat(navLabels()).containsExactly("Home", "Courses", "My progress", "My account");
        assertThat(find(HomeView.class).single().greeting.getText()).isEqualTo("Welcome, Sam Student");
    }

    @Test
    @WithMockUser(username = "instructor", roles = "INSTRUCTOR")
    void an_instructor_does_not_see_the_admin_pages() {
        navigate(HomeView.class);
        assertThat(navLabels())
                .doesNotContain("Users", "xAPI statements", "LMS connections")
                .contains("Home", "Teaching", "My account");
    }

    @Test
    @WithMockUser(
            username = "admin",
            roles = {"ADMIN", "INSTRUCTOR"})
    void an_admin_also_sees_user_management() {
        navigate(HomeView.class);
        assertThat(navLabels())
                .containsExactly(
                        "Home",
                        "Courses",
                        "My progress",
                        "Teaching",
                        "Users",
                        "xAPI statements",
                        "LMS connections",
                        "My account");
    }

    @Test
    @WithMockUser(username = "student", roles = "STUDENT")
    void a_student_who_opens_the_admin_page_is_refused() {
        navigate("admin/users", Component.class);
        assertThat(find(UsersView.class).all()).isEmpty();
        assertThat(getCurrentView()).isNotInstanceOf(UsersView.class);
    }

    @Test
    @WithAnonymousUser
    void an_anonymous_visitor_is_sent_to_sign_in() {
        navigate("", Component.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    @WithMockUser(username = "student", roles = "STUDENT")
    void an_unknown_address_shows_the_not_found_page() {
        navigate("no/such/page", Component.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
