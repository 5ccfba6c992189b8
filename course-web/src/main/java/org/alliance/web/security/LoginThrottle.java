package org.alliance.web.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import org.alliance.web.account.Usernames;
import org.alliance.web.persistence.Retention;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts failed logins per account name and client address together, and per client address alone, and
 * refuses attempts during an expiring backoff instead of sleeping a request thread. An account is never paused
 * for everyone: failing on purpose from one address pauses only that address's attempts at that account, so
 * the real user, from their own address, still signs in. One address trying many accounts (a spray) is paused
 * for all of them. The counts live in the database ({@code login_throttle}), so every app instance sees the
 * failures counted by the others; the purge job deletes forgotten counts (see docs/security.md).
 */
@Component
public class LoginThrottle implements Retention {
    private final LoginProperties properties;
    private final Clock clock;
    private final LoginThrottleStore store;
    private final TransactionTemplate ownTransaction;

    LoginThrottle(
            LoginProperties properties,
            Clock clock,
            LoginThrottleStore store,
            PlatformTransactionManager transactions) {
        this.properties = properties;
        this.clock = clock;
        this.store = store;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** What a failure led to: whether it started (or lengthened) a pause, for the security log. */
    public enum Outcome {
        COUNTED,
        ACCOUNT_FROM_ADDRESS_PAUSED,
        ADDRESS_PAUSED
    }

    /** Whether an attempt for this account name from this address must be refused now. */
    public boolean isBlocked(String accountName, String address) {
        Instant now = now();
        return Boolean.TRUE.equals(ownTransaction.execute(
                status -> store.anyBlocked(List.of(pairKey(accountName, address), addressKey(address)), now)));
    }

    public Outcome recordFailure(String accountName, String address) {
        Instant now = now();
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
        ownTransaction.executeWithoutResult(status -> store.delete(pairKey(accountName, address)));
    }

    /**
     * Counts a failure for the key; true when it pauses the key. The row is locked while it is counted, so two
     * instances failing at once count two. A count whose last failure is older than {@code forgetAfter}, with no
     * pause running, starts again from one, as if it had been forgotten.
     */
    private boolean fail(String key, int threshold, Instant now) {
        ownTransaction.executeWithoutResult(status -> store.ensure(key, now));
        Integer failures = ownTransaction.execute(status -> {
            var old = store.lock(key).orElseThrow();
            boolean forgotten = old.lastFailure().isBefore(now.minus(properties.forgetAfter()))
                    && !now.isBefore(old.blockedUntil());
            int count = forgotten ? 1 : old.failures() + 1;
            Instant blockedUntil = count >= threshold ? now.plus(backoff(count - threshold)) : now;
            store.update(key, new LoginThrottleStore.Count(count, now, blockedUntil));
            return count;
        });
        return failures != null && failures >= threshold;
    }

    /** To the microsecond, as both databases store it (H2 would round a finer instant, even upwards). */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private Duration backoff(int failuresBeyondThreshold) {
        Duration backoff = properties.initialBackoff();
        for (int i = 0; i < failuresBeyondThreshold && backoff.compareTo(properties.maxBackoff()) < 0; i++) {
            backoff = backoff.multipliedBy(2);
        }
        return backoff.compareTo(properties.maxBackoff()) > 0 ? properties.maxBackoff() : backoff;
    }

    @Override
    public String what() {
        return "sign-in counts";
    }

    /** Deletes the counts that are forgotten: last failure more than {@code forgetAfter} ago, no pause running. */
    @Override
    public int purge(Instant now) {
        return store.deleteForgotten(now.minus(properties.forgetAfter()), now);
    }

    static String pairKey(String accountName, String address) {
        return hash("account:" + Usernames.normalise(accountName) + "@" + address);
    }

    static String addressKey(String address) {
        return hash("address:" + address);
    }

    /** Keys are hashed: a typed name may be anything (a password typed in the wrong field), of any length. */
    private static String hash(String key) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
