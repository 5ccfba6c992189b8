package org.alliance.web.account;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The cut-offs of accounts' sessions ({@code account_session_cutoff}): see {@link AccountSessions}. */
@Component
class AccountSessionStore {
    private final JdbcClient jdbc;

    AccountSessionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * True while a session of {@code username} signed in at {@code signedInAt} may go on: the account still
     * exists (the same one: a deleted account's name may be taken again), is enabled, and its sessions have not
     * been ended since (unless this is the session kept).
     */
    boolean mayContinue(String username, String sessionId, Instant signedInAt) {
        Optional<Standing> standing = jdbc.sql("""
                        select a.enabled, a.created_at, c.not_before, c.kept_session_id
                        from account a left join account_session_cutoff c on c.account_id = a.id
                        where a.username = ?""")
                .param(username)
                .query((rs, row) -> new Standing(
                        rs.getBoolean(1),
                        rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getObject(3, OffsetDateTime.class),
                        rs.getString(4)))
                .optional();
        return standing.map(s -> s.allows(sessionId, signedInAt)).orElse(false);
    }

    /**
     * Ends every session of the account signed in before {@code now} except {@code keepSessionId}. Runs in the
     * caller's transaction, after the account row was updated: that row's lock orders two cut-offs of one
     * account, so the update-else-insert below cannot race with itself.
     */
    void endAll(long accountId, Instant now, @Nullable String keepSessionId) {
        // Microseconds: what both databases keep, so the stored moment compares exactly with a session's.
        var at = now.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        int updated = jdbc.sql(
                        "update account_session_cutoff set not_before = ?, kept_session_id = ? where account_id = ?")
                .params(at, keepSessionId, accountId)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into account_session_cutoff (account_id, not_before, kept_session_id) values (?, ?, ?)")
                    .params(accountId, at, keepSessionId)
                    .update();
        }
    }

    private record Standing(
            boolean enabled,
            Instant createdAt,
            @Nullable OffsetDateTime notBefore,
            @Nullable String keptSessionId) {
        boolean allows(String sessionId, Instant signedInAt) {
            // A session older than the account belongs to an account of the same name that was deleted (a second
            // of slack, as the database rounds created_at to its precision).
            if (!enabled || signedInAt.plusSeconds(1).isBefore(createdAt)) {
                return false;
            }
            // Signed in at the very moment of the cut-off counts as before it: ending a session is the safe side.
            if (notBefore == null || signedInAt.truncatedTo(ChronoUnit.MICROS).isAfter(notBefore.toInstant())) {
                return true;
            }
            return Objects.equals(sessionId, keptSessionId);
        }
    }
}
