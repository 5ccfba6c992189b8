package org.alliance.web.identity;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.alliance.web.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;

/** Who is asking, read in one place: a signed-in user, and every way of being nobody. */
class CurrentUserTest {
    private final CurrentUser currentUser = new CurrentUser();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_signed_in_user_is_named_and_holds_their_roles() {
        TestUsers.signIn("ada", "INSTRUCTOR");
        assertThat(currentUser.username()).contains("ada");
        assertThat(currentUser.require()).isEqualTo("ada");
        assertThat(currentUser.hasRole("INSTRUCTOR")).isTrue();
        assertThat(currentUser.hasRole("ADMIN")).isFalse();
        assertThat(currentUser.hasRole("ROLE_INSTRUCTOR"))
                .as("roles are named without the prefix")
                .isFalse();
    }

    @Test
    void with_no_authentication_nobody_is_signed_in() {
        assertNobody();
    }

    @Test
    void an_anonymous_visitor_is_nobody() {
        SecurityContextHolder.getContext()
                .setAuthentication(new AnonymousAuthenticationToken(
                        "key", "anonymousUser", List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS"))));
        assertNobody();
    }

    @Test
    void an_authentication_not_accepted_is_nobody() {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.unauthenticated("ada", "a guessed password"));
        assertNobody();
    }

    @Test
    void a_disabled_account_is_nobody_even_with_a_session() {
        var disabled = User.withUsername("ada")
                .password("x")
                .roles("STUDENT")
                .disabled(true)
                .build();
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(disabled, null, disabled.getAuthorities()));
        assertNobody();
    }

    @Test
    void only_the_current_user_reads_the_security_context_among_the_features_services() {
        var web = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.alliance.web");
        noClasses()
                .that()
                .resideOutsideOfPackages(
                        "org.alliance.web.identity",
                        "org.alliance.web.security..",
                        "org.alliance.web.scoringrule",
                        "org.alliance.web.shell..",
                        "..ui..")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName(SecurityContextHolder.class.getName())
                .because("CurrentUser says who is asking; the security feature signs people in, the scoring rule"
                        + " upgrade acts as the system, and failure reports name the user in the log")
                .check(web);
    }

    private void assertNobody() {
        assertThat(currentUser.username()).isEmpty();
        assertThat(currentUser.hasRole("STUDENT")).isFalse();
        assertThatThrownBy(currentUser::require).isInstanceOf(AccessDeniedException.class);
    }
}
