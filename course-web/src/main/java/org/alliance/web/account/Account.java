package org.alliance.web.account;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * A stored account (table {@code account}; default names keep H2 and PostgreSQL identifier casing in step).
 * Immutable: every change returns a new value for the repository to save.
 */
record Account(
        @Id @Nullable Long id,
        String username,
        String displayName,
        String passwordHash,
        AccountRole role,
        boolean enabled,
        boolean mustChangePassword,
        Instant createdAt,
        @Version int version) {

    static Account create(
            String username,
            String displayName,
            String passwordHash,
            AccountRole role,
            boolean mustChangePassword,
            Instant now) {
        return new Account(null, username, displayName, passwordHash, role, true, mustChangePassword, now, 0);
    }

    Account withPassword(String newHash, boolean mustChange) {
        return new Account(id, username, displayName, newHash, role, enabled, mustChange, createdAt, version);
    }

    Account withRole(AccountRole newRole) {
        return new Account(
                id, username, displayName, passwordHash, newRole, enabled, mustChangePassword, createdAt, version);
    }

    Account withEnabled(boolean nowEnabled) {
        return new Account(
                id, username, displayName, passwordHash, role, nowEnabled, mustChangePassword, createdAt, version);
    }

    AccountSummary summary() {
        return new AccountSummary(username, displayName, role, enabled, mustChangePassword, createdAt);
    }
}
