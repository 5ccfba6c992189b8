package org.alliance.web.account;

/** What the login mechanism needs to authenticate an account. */
public record LoginAccount(
        String username,
        String displayName,
        String passwordHash,
        AccountRole role,
        boolean enabled,
        boolean mustChangePassword) {}
