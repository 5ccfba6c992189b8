package org.alliance.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import org.alliance.web.AllianceTest;
import org.alliance.web.TestClock;
import org.alliance.web.TestUsers;
import org.alliance.web.account.AccountRole;
import org.alliance.web.account.AccountService;
import org.alliance.web.account.AccountSessions;
import org.alliance.web.account.OneTimePassword;
import org.alliance.web.persistence.AlsoOnPostgres;
import org.alliance.web.privacy.PersonalDataService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A session held by another instance ends when its account changes on this one. "Another instance" is a
 * second registry over the same database: it hears no event from this instance and has only the database to
 * go by, exactly as a second process would. On PostgreSQL too: the cut-off compares stored moments.
 */
@AllianceTest
@AlsoOnPostgres
class SessionsAcrossInstancesTest {
    @Autowired
    AccountService accounts;

    @Autowired
    AccountSessions accountSessions;

    @Autowired
    PersonalDataService personalData;

    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private AccountCheckedSessionRegistry otherInstance(Clock itsClock) {
        return new AccountCheckedSessionRegistry(accountSessions, itsClock, Duration.ofHours(12));
    }

    private void asAdmin() {
        TestUsers.signIn("sessions-admin", "ADMIN", "INSTRUCTOR");
    }

    private boolean ended(AccountCheckedSessionRegistry registry, String sessionId) {
        return registry.getSessionInformation(sessionId).isExpired();
    }

    @Test
    void disabling_on_one_instance_ends_the_session_held_by_another() {
        asAdmin();
        accounts.createAccount("Ines Varga", "ines-cutoff", AccountRole.STUDENT);
        var other = otherInstance(clock);
        other.registerNewSession("ines-b", LoginSessions.principalFor("ines-cutoff", clock.instant()));
        assertThat(ended(other, "ines-b")).isFalse();

        accounts.setEnabled("ines-cutoff", false);

        assertThat(ended(other, "ines-b")).isTrue();
    }

    @Test
    void a_reset_or_a_new_role_ends_it_and_a_later_sign_in_goes_on() {
        asAdmin();
        accounts.createAccount("Omar Reyes", "omar-cutoff", AccountRole.STUDENT);
        var other = otherInstance(clock);
        other.registerNewSession("omar-1", LoginSessions.principalFor("omar-cutoff", clock.instant()));
        OneTimePassword reset = accounts.resetPassword("omar-cutoff");
        assertThat(reset.password()).isNotBlank();
        assertThat(ended(other, "omar-1")).isTrue();

        ((TestClock) clock).advance(Duration.ofSeconds(1));
        other.registerNewSession("omar-2", LoginSessions.principalFor("omar-cutoff", clock.instant()));
        assertThat(ended(other, "omar-2")).isFalse();

        accounts.changeRole("omar-cutoff", AccountRole.INSTRUCTOR);
        assertThat(ended(other, "omar-2")).isTrue();
    }

    @Test
    void changing_ones_own_password_keeps_this_session_and_ends_the_one_elsewhere() {
        asAdmin();
        var otp = accounts.createAccount("Mei Tan", "mei-cutoff", AccountRole.STUDENT);
        var other = otherInstance(clock);
        var signedIn = LoginSessions.principalFor("mei-cutoff", clock.instant());
        other.registerNewSession("mei-here", signedIn);
        other.registerNewSession("mei-there", signedIn);

        TestUsers.signIn("mei-cutoff", "STUDENT");
        accounts.changeOwnPassword(otp.password(), "lanterns along the harbour wall", "mei-here");

        assertThat(ended(other, "mei-here")).isFalse();
        assertThat(ended(other, "mei-there")).isTrue();
    }

    @Test
    void a_deleted_account_ends_its_sessions_even_when_someone_takes_its_name() {
        asAdmin();
        var otp = accounts.createAccount("Ada Moss", "ada-cutoff", AccountRole.STUDENT);
        var other = otherInstance(clock);
        other.registerNewSession("ada-old", LoginSessions.principalFor("ada-cutoff", clock.instant()));

        TestUsers.signIn("ada-cutoff", "STUDENT");
        personalData.deleteMyAccount(otp.password());
        assertThat(ended(other, "ada-old")).isTrue();

        ((TestClock) clock).advance(Duration.ofSeconds(5));
        asAdmin();
        accounts.createAccount("Another Ada", "ada-cutoff", AccountRole.STUDENT);
        var stale = otherInstance(clock);
        stale.registerNewSession(
                "ada-stale",
                LoginSessions.principalFor("ada-cutoff", clock.instant().minusSeconds(4)));
        assertThat(ended(stale, "ada-stale")).isTrue();
    }

    @Test
    void every_session_ends_twelve_hours_after_sign_in_however_active() {
        asAdmin();
        accounts.createAccount("Lior Ben", "lior-cutoff", AccountRole.STUDENT);
        var later = new TestClock(clock.instant());
        var other = otherInstance(later);
        other.registerNewSession("lior-1", LoginSessions.principalFor("lior-cutoff", clock.instant()));

        later.advance(Duration.ofHours(11).plusMinutes(59));
        assertThat(ended(other, "lior-1")).isFalse();
        later.advance(Duration.ofMinutes(2));
        assertThat(ended(other, "lior-1")).isTrue();
    }
}
