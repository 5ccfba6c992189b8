package org.alliance.web.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Failed-login throttling. After {@code accountFailuresBeforeBackoff} failures for one account name (known or
 * not) from one client address, that address's attempts at that account, or after
 * {@code addressFailuresBeforeBackoff} from one client address, all its attempts, are refused for a
 * backoff that starts at {@code initialBackoff} and doubles with each further failure up to {@code maxBackoff}.
 * Nothing is permanent: a key's record is forgotten {@code forgetAfter} its last failure.
 */
@ConfigurationProperties("alliance.login")
public record LoginProperties(
        int accountFailuresBeforeBackoff,
        int addressFailuresBeforeBackoff,
        Duration initialBackoff,
        Duration maxBackoff,
        Duration forgetAfter) {}
