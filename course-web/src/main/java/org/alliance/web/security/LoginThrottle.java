package org.alliance.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.alliance.web.account.Usernames;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per account name and client address together, and per client address alone, and
 * refuses attempts during an expiring backoff instead of sleeping a request thread. An account is never paused
 * for everyone: failing on purpose from one address pauses only that address's attempts at that account, so
 * the real user, from their own address, still signs in. One address trying many accounts (a spray) is paused
 * for all of them. In memory: each app instance throttles on its own (see docs/security.md).
 */
@Component
public class LoginThrottle {
    private final LoginProperties properties;
    private final Clock clock;
    private final Map<String, Record> records = new ConcurrentHashMap<>();

    LoginThrottle(LoginProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    private record Record(int failures, Instant lastFailure, Instant blockedUntil) {}

    /** What a failure led to: whether it started (or lengthened) a pause, for the security log. */
    public enum Outcome {
        COUNTED,
        ACCOUNT_FROM_ADDRESS_PAUSED,
        ADDRESS_PAUSED
    }

    /** Whether an attempt for this account name from this address must be refused now. */
    public boolean isBlocked(String accountName, String address) {
        Instant now = clock.instant();
        forgetOld(now);
        return blocked(pairKey(accountName, address), now) || blocked(addressKey(address), now);
    }

    public Outcome recordFailure(String accountName, String address) {
        Instant now = clock.instant();
        boolean pairPaused = fail(pairKey(accountName, address), properties.accountFailuresBeforeBackoff(), now);
        boolean addressPaused = fail(addressKey(address), properties.addressFailuresBeforeBackoff(), now);
        return addressPaused
                ? Outcome.ADDRESS_PAUSED
                : pairPaused ? Outcome.ACCOUNT_FROM_ADDRESS_PAUSED : Outcome.COUNTED;
    }

    /**
     * A success clears the count of this account from this address; the address keeps its own count, so one
     * good login cannot hide a spray.
     */
    public void recordSuccess(String accountName, String address) {
        records.remove(pairKey(accountName, address));
    }

    private boolean blocked(String key, Instant now) {
        Record record = records.get(key);
        return record != null && now.isBefore(record.blockedUntil());
    }

    /** Counts a failure for the key; true when it pauses the key. */
    private boolean fail(String key, int threshold, Instant now) {
        Record record = records.compute(key, (k, old) -> {
            int failures = old == null ? 1 : old.failures() + 1;
            Instant blockedUntil = failures >= threshold ? now.plus(backoff(failures - threshold)) : now;
            return new Record(failures, now, blockedUntil);
        });
        return record.failures() >= threshold;
    }

    private Duration backoff(int failuresBeyondThreshold) {
        Duration backoff = properties.initialBackoff();
        for (int i = 0; i < failuresBeyondThreshold && backoff.compareTo(properties.maxBackoff()) < 0; i++) {
            backoff = backoff.multipliedBy(2);
        }
        return backoff.compareTo(properties.maxBackoff()) > 0 ? properties.maxBackoff() : backoff;
    }

    private void forgetOld(Instant now) {
        Instant cutoff = now.minus(properties.forgetAfter());
        records.values().removeIf(r -> r.lastFailure().isBefore(cutoff) && !now.isBefore(r.blockedUntil()));
    }

    private static String pairKey(String accountName, String address) {
        return "account:" + Usernames.normalise(accountName) + "@" + address;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
