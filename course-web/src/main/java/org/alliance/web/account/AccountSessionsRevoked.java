package org.alliance.web.account;

import org.jspecify.annotations.Nullable;

/**
 * An account's sessions must end: its password changed, or it was disabled. {@code keepSessionId} is the
 * session that made the change and stays logged in, if any.
 */
public record AccountSessionsRevoked(
        String username, @Nullable String keepSessionId) {}
