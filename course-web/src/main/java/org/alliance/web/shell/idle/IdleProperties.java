package org.alliance.web.shell.idle;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a signed-in session may go without a key press, click or page change ({@code idleTimeout}) and how
 * long before its end the user is warned ({@code idleWarning}). {@code server.servlet.session.timeout} follows
 * {@code idleTimeout} in application.properties.
 */
@ConfigurationProperties("alliance.session")
public record IdleProperties(Duration idleTimeout, Duration idleWarning) {

    public IdleProperties {
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("alliance.session.idle-timeout must be positive");
        }
        if (idleWarning.isNegative() || idleWarning.compareTo(idleTimeout) >= 0) {
            throw new IllegalArgumentException("alliance.session.idle-warning must be shorter than the timeout");
        }
    }

    public IdlePolicy policy() {
        return new IdlePolicy(idleTimeout, idleWarning);
    }
}
