package org.alliance.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.alliance.web.account.Usernames;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per account name and per client address and refuses attempts during an expiring
 * backoff, instead of sleeping a request thread. In memory: each app instance throttles on its own.
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

    /** Whether an attempt for this account name from this address must be refused now. */
    public boolean isBlocked(String accountName, String address) {
        Instant now = clock.instant();
        forgetOld(now);
        return blocked(accountKey(accountName), now) || blocked(addressKey(address), now);
    }

    public void recordFailure(String accountName, String address) {
        Instant now = clock.instant();
        fail(accountKey(accountName), properties.accountFailuresBeforeBackoff(), now);
        fail(addressKey(address), properties.addressFailuresBeforeBackoff(), now);
    }

    /** A success clears the account's count; the address keeps its count, so one good login cannot hide a spray. */
    public void recordSuccess(String accountName) {
        records.remove(accountKey(accountName));
    }

    private boolean blocked(String key, Instant now) {
        Record record = records.get(key);
        return record != null && now.isBefore(record.blockedUntil());
    }

    private void fail(String key, int threshold, Instant now) {
        records.compute(key, (k, old) -> {
            int failures = old == null ? 1 : old.failures() + 1;
            Instant blockedUntil = failures >= threshold ? now.plus(backoff(failures - threshold)) : now;
            return new Record(failures, now, blockedUntil);
        });
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

    private static String accountKey(String accountName) {
        return "account:" + Usernames.normalise(accountName);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
