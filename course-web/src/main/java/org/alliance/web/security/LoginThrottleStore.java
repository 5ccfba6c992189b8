package org.alliance.web.security;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of {@code login_throttle}: failure counts by hashed key, shared by all instances. */
@Repository
class LoginThrottleStore {
    private final JdbcClient jdbc;

    LoginThrottleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A key's count as the row holds it. */
    record Count(int failures, Instant lastFailure, Instant blockedUntil) {}

    /** Adds the key's row with no failures if missing; a concurrent insert of the same key is as good as ours. */
    void ensure(String key, Instant now) {
        try {
            jdbc.sql("insert into login_throttle (throttle_key, failures, last_failure, blocked_until)"
                            + " select ?, 0, ?, ? where not exists"
                            + " (select 1 from login_throttle where throttle_key = ?)")
                    .params(key, utc(now), utc(now), key)
                    .update();
        } catch (DataIntegrityViolationException another) {
            // Another sign-in added it between our check and insert (its own transaction: PostgreSQL aborts it).
        }
    }

    /** Locks the key's row until the transaction ends, so that the next failure waits to count on this one. */
    Optional<Count> lock(String key) {
        return jdbc.sql("select failures, last_failure, blocked_until from login_throttle"
                        + " where throttle_key = ? for update")
                .param(key)
                .query((rs, n) -> new Count(
                        rs.getInt(1),
                        rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getObject(3, OffsetDateTime.class).toInstant()))
                .optional();
    }

    void update(String key, Count count) {
        jdbc.sql("update login_throttle set failures = ?, last_failure = ?, blocked_until = ? where throttle_key = ?")
                .params(count.failures(), utc(count.lastFailure()), utc(count.blockedUntil()), key)
                .update();
    }

    boolean anyBlocked(Collection<String> keys, Instant now) {
        return jdbc.sql("select count(*) from login_throttle where throttle_key in (:keys) and blocked_until > :now")
                        .param("keys", keys)
                        .param("now", utc(now))
                        .query(Long.class)
                        .single()
                > 0;
    }

    void delete(String key) {
        jdbc.sql("delete from login_throttle where throttle_key = ?").param(key).update();
    }

    /** Deletes the counts that are forgotten: last failure before the cutoff and no pause running. */
    int deleteForgotten(Instant cutoff, Instant now) {
        return jdbc.sql("delete from login_throttle where last_failure < ? and blocked_until <= ?")
                .params(utc(cutoff), utc(now))
                .update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
