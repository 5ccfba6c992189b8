package org.alliance.web.account;

import java.time.Instant;

/** What views may see of an account: never the password hash. */
public record AccountSummary(
        String username,
        String displayName,
        AccountRole role,
        boolean enabled,
        boolean mustChangePassword,
        Instant createdAt) {}
