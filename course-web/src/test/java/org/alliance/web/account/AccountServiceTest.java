package org.alliance.web.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import org.alliance.web.AllianceTest;
import org.alliance.web.security.LoginSessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

@AllianceTest
class AccountServiceTest {
    @Autowired
    AccountService accounts;

    @Autowired
    AccountRepository repository;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    SessionRegistry sessions;

    @Autowired
    Clock clock;

    @Test
    @WithAnonymousUser
    void registration_creates_a_student_whose_password_is_hashed_with_argon2id() {
        AccountSummary created = accounts.register("Noor Haddad", "  Noor.H ", "quiet evening by the river");
        assertThat(created.username()).isEqualTo("noor.h");
        assertThat(created.role()).isEqualTo(AccountRole.STUDENT);
        String hash = repository.findByUsername("noor.h").orElseThrow().passwordHash();
        assertThat(hash).startsWith("{argon2}$argon2id$");
        assertThat(encoder.matches("quiet evening by the river", hash)).isTrue();
    }

    @Test
    @WithAnonymousUser
    void a_taken_username_or_a_weak_password_is_refused_with_a_specific_reason() {
        accounts.register("Tomás", "tomas", "a calm long password");
        assertThatThrownBy(() -> accounts.register("Other", "TOMAS", "another calm password"))
                .isInstanceOf(AccountException.class)
                .hasMessage("account.username.taken");
        assertThatThrownBy(() -> accounts.register("Short", "short-pw", "too short"))
                .isInstanceOf(AccountException.class)
                .hasMessage("password.too-short");
        assertThatThrownBy(() -> accounts.register("Common", "common-pw", "qwerty123456"))
                .isInstanceOf(AccountException.class)
                .hasMessage("password.weak");
        // The username counts as known to an attacker: a password made of it is refused, with zxcvbn's hints.
        assertThatThrownBy(() -> accounts.register("Nadia", "nadia-kahn", "nadia-kahn!!"))
                .isInstanceOfSatisfying(AccountException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("password.weak");
                    assertThat(e.hintKeys()).isNotEmpty();
                });
        assertThat(repository.existsByUsername("nadia-kahn")).isFalse();
        assertThatThrownBy(() -> accounts.register("Bad", "no spaces allowed", "a calm long password"))
                .isInstanceOf(AccountException.class)
                .hasMessage("account.username.invalid");
        assertThat(repository.existsByUsername("short-pw")).isFalse();
    }

    @Test
    @WithMockUser(username = "student", roles = "STUDENT")
    void a_student_cannot_use_the_admin_operations() {
        assertThatThrownBy(() -> accounts.list("", 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.setEnabled("instructor", false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.resetPassword("instructor")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.createAccount("X", "x-user", AccountRole.ADMIN))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "instructor", roles = "INSTRUCTOR")
    void an_instructor_cannot_use_the_admin_operations_either() {
        assertThatThrownBy(() -> accounts.changeRole("student", AccountRole.ADMIN))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(
            username = "admin",
            roles = {"ADMIN", "INSTRUCTOR"})
    void disabling_an_account_ends_all_its_sessions() {
        accounts.createAccount("Lena Okafor", "lena", AccountRole.STUDENT);
        var principal = LoginSessions.principalFor("lena", clock.instant());
        sessions.registerNewSession("lena-session-1", principal);
        sessions.registerNewSession("lena-session-2", principal);

        accounts.setEnabled("lena", false);

        assertThat(sessions.getSessionInformation("lena-session-1").isExpired()).isTrue();
        assertThat(sessions.getSessionInformation("lena-session-2").isExpired()).isTrue();
        assertThat(accounts.findForLogin("lena").orElseThrow().enabled()).isFalse();
    }

    @Test
    @WithMockUser(
            username = "admin",
            roles = {"ADMIN", "INSTRUCTOR"})
    void a_reset_gives_a_one_time_password_that_must_be_changed_at_next_login() {
        accounts.createAccount("Kai Brennan", "kai", AccountRole.INSTRUCTOR);
        OneTimePassword otp = accounts.resetPassword("kai");
        LoginAccount kai = accounts.findForLogin("kai").orElseThrow();
        assertThat(kai.mustChangePassword()).isTrue();
        assertThat(encoder.matches(otp.password(), kai.passwordHash())).isTrue();
        assertThat(otp.password()).matches("[a-z2-9]{5}(-[a-z2-9]{5}){3}");
    }

    @Test
    @WithMockUser(
            username = "admin",
            roles = {"ADMIN", "INSTRUCTOR"})
    void an_admin_cannot_disable_or_demote_themselves() {
        assertThatThrownBy(() -> accounts.setEnabled("admin", false)).hasMessage("account.admin.not-on-self");
        assertThatThrownBy(() -> accounts.changeRole("admin", AccountRole.STUDENT))
                .hasMessage("account.admin.not-on-self");
    }

    @Test
    @WithMockUser(username = "pat", roles = "STUDENT")
    void changing_ones_password_ends_the_other_sessions_but_keeps_this_one() {
        repository.save(Account.create(
                "pat", "Pat", encoder.encode("first long password"), AccountRole.STUDENT, false, clock.instant()));
        var principal = LoginSessions.principalFor("pat", clock.instant());
        sessions.registerNewSession("pat-here", principal);
        sessions.registerNewSession("pat-elsewhere", principal);

        assertThatThrownBy(() -> accounts.changeOwnPassword("wrong", "second long password", "pat-here"))
                .hasMessage("account.password.current-wrong");
        accounts.changeOwnPassword("first long password", "second long password", "pat-here");

        assertThat(sessions.getSessionInformation("pat-here").isExpired()).isFalse();
        assertThat(sessions.getSessionInformation("pat-elsewhere").isExpired()).isTrue();
    }
}
