package org.alliance.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.alliance.web.TestClock;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    private final TestClock clock = new TestClock(Instant.parse("2026-11-26T10:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(
            new LoginProperties(5, 20, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofHours(1)), clock);

    @Test
    void an_account_is_refused_from_the_failing_address_after_the_threshold_until_the_backoff_expires() {
        failTimes("student", "10.0.0.1", 4);
        assertThat(throttle.isBlocked("student", "10.0.0.1")).isFalse();
        assertThat(throttle.recordFailure("student", "10.0.0.1"))
                .isEqualTo(LoginThrottle.Outcome.ACCOUNT_FROM_ADDRESS_PAUSED);
        assertThat(throttle.isBlocked("student", "10.0.0.1")).isTrue();
        clock.advance(Duration.ofSeconds(31));
        assertThat(throttle.isBlocked("student", "10.0.0.1")).isFalse();
    }

    @Test
    void failing_on_purpose_does_not_lock_the_real_user_out() {
        // The attacker knows the username and fails again and again from their address.
        for (int round = 0; round < 6; round++) {
            failTimes("student", "198.51.100.66", 5);
            clock.advance(Duration.ofMinutes(16));
        }
        failTimes("student", "198.51.100.66", 5);
        assertThat(throttle.isBlocked("student", "198.51.100.66"))
                .as("the attacker")
                .isTrue();
        // The real student, from home, is not paused and can sign in.
        assertThat(throttle.isBlocked("student", "203.0.113.5"))
                .as("the real user")
                .isFalse();
    }

    @Test
    void unknown_and_known_names_are_throttled_alike() {
        failTimes("nobody-at-all", "10.0.0.1", 5);
        failTimes("student", "10.0.0.1", 5);
        assertThat(throttle.isBlocked("nobody-at-all", "10.0.0.1")).isTrue();
        assertThat(throttle.isBlocked("student", "10.0.0.1")).isTrue();
        assertThat(throttle.isBlocked("nobody-at-all", "10.0.0.2")).isFalse();
    }

    @Test
    void the_backoff_doubles_with_each_further_failure_and_stops_at_the_maximum() {
        failTimes("student", "10.0.0.1", 5);
        clock.advance(Duration.ofSeconds(31));
        throttle.recordFailure("student", "10.0.0.1");
        clock.advance(Duration.ofSeconds(59));
        assertThat(throttle.isBlocked("student", "10.0.0.1"))
                .as("second backoff is 60 s")
                .isTrue();
        clock.advance(Duration.ofSeconds(2));
        assertThat(throttle.isBlocked("student", "10.0.0.1")).isFalse();
        failTimes("student", "10.0.0.1", 20);
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(throttle.isBlocked("student", "10.0.0.1"))
                .as("never longer than the maximum")
                .isFalse();
    }

    @Test
    void names_are_compared_in_their_normal_form() {
        failTimes("Student ", "10.0.0.1", 5);
        assertThat(throttle.isBlocked("student", "10.0.0.1")).isTrue();
    }

    @Test
    void one_address_spraying_many_accounts_is_refused_for_all() {
        for (int i = 0; i < 19; i++) {
            throttle.recordFailure("user" + i, "10.9.9.9");
        }
        assertThat(throttle.recordFailure("user19", "10.9.9.9")).isEqualTo(LoginThrottle.Outcome.ADDRESS_PAUSED);
        assertThat(throttle.isBlocked("someone-new", "10.9.9.9")).isTrue();
        assertThat(throttle.isBlocked("someone-new", "10.0.0.1")).isFalse();
    }

    @Test
    void a_success_clears_the_account_but_not_the_address() {
        failTimes("student", "10.0.0.1", 4);
        throttle.recordSuccess("student", "10.0.0.1");
        failTimes("student", "10.0.0.1", 4);
        assertThat(throttle.isBlocked("student", "10.0.0.1")).isFalse();
    }

    private void failTimes(String name, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(name, address);
        }
    }
}
