package org.alliance.web.shell.idle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.alliance.web.AllianceTest;
import org.alliance.web.shell.idle.IdlePolicy.Active;
import org.alliance.web.shell.idle.IdlePolicy.Expired;
import org.alliance.web.shell.idle.IdlePolicy.Warn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The idle rule: nothing before the warning time, a warning in the last minutes, the end after the timeout. */
@AllianceTest
class IdlePolicyTest {
    private static final Instant LAST = Instant.parse("2026-12-06T10:00:00Z");
    private final IdlePolicy policy = new IdlePolicy(Duration.ofMinutes(60), Duration.ofMinutes(2));

    @Autowired
    IdleProperties properties;

    @Test
    void an_active_session_is_due_its_warning_two_minutes_before_the_hour() {
        assertThat(policy.decide(LAST, LAST)).isEqualTo(new Active(Duration.ofMinutes(58)));
        assertThat(policy.decide(LAST, LAST.plus(Duration.ofMinutes(30))))
                .isEqualTo(new Active(Duration.ofMinutes(28)));
    }

    @Test
    void the_last_two_minutes_warn_and_the_hour_ends_the_session() {
        assertThat(policy.decide(LAST, LAST.plus(Duration.ofMinutes(58)))).isEqualTo(new Warn(Duration.ofMinutes(2)));
        assertThat(policy.decide(LAST, LAST.plus(Duration.ofSeconds(59 * 60 + 30))))
                .isEqualTo(new Warn(Duration.ofSeconds(30)));
        assertThat(policy.decide(LAST, LAST.plus(Duration.ofMinutes(60)))).isInstanceOf(Expired.class);
        assertThat(policy.decide(LAST, LAST.plus(Duration.ofHours(5)))).isInstanceOf(Expired.class);
    }

    @Test
    void a_report_of_input_moves_activity_forward_only_and_never_into_the_future() {
        Instant now = LAST.plus(Duration.ofMinutes(59));
        assertThat(IdlePolicy.later(LAST, now, -1)).isEqualTo(LAST);
        assertThat(IdlePolicy.later(LAST, now, 10_000)).isEqualTo(now.minusSeconds(10));
        assertThat(IdlePolicy.later(LAST, now, Duration.ofHours(2).toMillis())).isEqualTo(LAST);
        assertThat(IdlePolicy.later(LAST, now, 0)).isEqualTo(now);
    }

    @Test
    void the_app_signs_out_after_an_hour_with_a_two_minute_warning_and_refuses_a_warning_as_long_as_the_timeout() {
        assertThat(properties.idleTimeout()).isEqualTo(Duration.ofMinutes(60));
        assertThat(properties.idleWarning()).isEqualTo(Duration.ofMinutes(2));
        assertThatThrownBy(() -> new IdleProperties(Duration.ofMinutes(5), Duration.ofMinutes(5)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
