package org.alliance.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.alliance.web.AllianceTest;
import org.alliance.web.TestClock;
import org.alliance.web.persistence.AlsoOnPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The throttling policy, on the database's counts: a throttle with its own clock and thresholds over the shared
 * test database, at addresses no other test uses.
 */
@AllianceTest
@AlsoOnPostgres
class LoginThrottleTest {
    private final TestClock clock = new TestClock(Instant.now());
    private final String run = "#" + System.nanoTime();
    private LoginThrottle throttle;

    @Autowired
    LoginThrottleStore store;

    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void setUp() {
        throttle = new LoginThrottle(
                new LoginProperties(5, 20, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofHours(1)),
                clock,
                store,
                transactions);
    }

    /** An address of this test alone: the address's own count is shared by every account tried from it. */
    private String addr(String address) {
        return address + run;
    }

    @Test
    void an_account_is_refused_from_the_failing_address_after_the_threshold_until_the_backoff_expires() {
        failTimes("student", addr("10.0.0.1"), 4);
        assertThat(throttle.isBlocked("student", addr("10.0.0.1"))).isFalse();
        assertThat(throttle.recordFailure("student", addr("10.0.0.1")))
                .isEqualTo(LoginThrottle.Outcome.ACCOUNT_FROM_ADDRESS_PAUSED);
        assertThat(throttle.isBlocked("student", addr("10.0.0.1"))).isTrue();
        clock.advance(Duration.ofSeconds(31));
        assertThat(throttle.isBlocked("student", addr("10.0.0.1"))).isFalse();
    }

    @Test
    void failing_on_purpose_does_not_lock_the_real_user_out() {
        // The attacker knows the username and fails again and again from their address.
        for (int round = 0; round < 6; round++) {
            failTimes("student", addr("198.51.100.66"), 5);
            clock.advance(Duration.ofMinutes(16));
        }
        failTimes("student", addr("198.51.100.66"), 5);
        assertThat(throttle.isBlocked("student", addr("198.51.100.66")))
                .as("the attacker")
                .isTrue();
        // The real student, from home, is not paused and can sign in.
        assertThat(throttle.isBlocked("student", addr("203.0.113.5")))
                .as("the real user")
                .isFalse();
    }

    @Test
    void unknown_and_known_names_are_throttled_alike() {
        failTimes("nobody-at-all", addr("10.0.0.1"), 5);
        failTimes("student", addr("10.0.0.1"), 5);
        assertThat(throttle.isBlocked("nobody-at-all", addr("10.0.0.1"))).isTrue();
        assertThat(throttle.isBlocked("student", addr("10.0.0.1"))).isTrue();
        assertThat(throttle.isBlocked("nobody-at-all", addr("10.0.0.2"))).isFalse();
    }

    @Test
    void the_backoff_doubles_with_each_further_failure_and_stops_at_the_maximum() {
        failTimes("student", addr("10.0.0.1"), 5);
        clock.advance(Duration.ofSeconds(31));
        throttle.recordFailure("student", addr("10.0.0.1"));
        clock.advance(Duration.ofSeconds(59));
        assertThat(throttle.isBlocked("student", addr("10.0.0.1")))
                .as("second backoff is 60 s")
                .isTrue();
        clock.advance(Duration.ofSeconds(2));
        assertThat(throttle.isBlocked("student", addr("10.0.0.1"))).isFalse();
        failTimes("student", addr("10.0.0.1"), 20);
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(throttle.isBlocked("student", addr("10.0.0.1")))
                .as("never longer than the maximum")
                .isFalse();
    }

    @Test
    void names_are_compared_in_their_normal_form() {
        failTimes("Student ", addr("10.0.0.1"), 5);
        assertThat(throttle.isBlocked("student", addr("10.0.0.1"))).isTrue();
    }

    @Test
    void one_address_spraying_many_accounts_is_refused_for_all() {
        for (int i = 0; i < 19; i++) {
            throttle.recordFailure("user" + i, addr("10.9.9.9"));
        }
        assertThat(throttle.recordFailure("user19", addr("10.9.9.9"))).isEqualTo(LoginThrottle.Outcome.ADDRESS_PAUSED);
        assertThat(throttle.isBlocked("someone-new", addr("10.9.9.9"))).isTrue();
        assertThat(throttle.isBlocked("someone-new", addr("10.0.0.1"))).isFalse();
    }

    @Test
    void a_success_clears_the_account_but_not_the_address() {
        failTimes("student", addr("10.0.0.1"), 4);
        throttle.recordSuccess("student", addr("10.0.0.1"));
        failTimes("student", addr("10.0.0.1"), 4);
        assertThat(throttle.isBlocked("student", addr("10.0.0.1"))).isFalse();
    }

    @Test
    void a_count_is_forgotten_an_hour_after_its_last_failure_and_the_purge_then_deletes_it() {
        String address = addr("10.0.0.7");
        failTimes("student", address, 4);
        clock.advance(Duration.ofMinutes(61));
        failTimes("student", address, 4);
        assertThat(throttle.isBlocked("student", address))
                .as("the first four were forgotten: four failures, not eight")
                .isFalse();
        throttle.recordFailure("student", address);
        assertThat(throttle.isBlocked("student", address)).isTrue();

        throttle.purge(clock.instant().plus(Duration.ofMinutes(59)));
        assertThat(count(LoginThrottle.pairKey("student", address)))
                .as("kept: not yet an hour since the last failure")
                .isPresent();
        throttle.purge(clock.instant().plus(Duration.ofMinutes(61)));
        assertThat(count(LoginThrottle.pairKey("student", address))).isEmpty();
        assertThat(count(LoginThrottle.addressKey(address))).isEmpty();
    }

    private Optional<LoginThrottleStore.Count> count(String key) {
        return new TransactionTemplate(transactions).execute(status -> store.lock(key));
    }

    private void failTimes(String name, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(name, address);
        }
    }
}
