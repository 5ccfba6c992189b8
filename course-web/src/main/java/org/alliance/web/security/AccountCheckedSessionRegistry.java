package org.alliance.web.security;

import java.time.Clock;
import java.time.Duration;
import org.alliance.web.account.AccountSessions;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistryImpl;

/**
 * The session registry Spring Security's concurrency filter asks on every request, answering "expired" for a
 * session that must end: its account was disabled, deleted, given a new role or password elsewhere (decided by
 * the database, so a change made on one instance ends the sessions held by every other), or it has lived past
 * the absolute session lifetime. The filter then signs the session out and sends the browser to sign in.
 */
class AccountCheckedSessionRegistry extends SessionRegistryImpl {
    private final AccountSessions accounts;
    private final Clock clock;
    private final Duration maxLifetime;

    AccountCheckedSessionRegistry(AccountSessions accounts, Clock clock, Duration maxLifetime) {
        this.accounts = accounts;
        this.clock = clock;
        this.maxLifetime = maxLifetime;
    }

    @Override
    public @Nullable SessionInformation getSessionInformation(String sessionId) {
        SessionInformation info = super.getSessionInformation(sessionId);
        if (info != null && !info.isExpired() && !mayContinue(info)) {
            info.expireNow();
        }
        return info;
    }

    /** The filter has just checked this session; refreshing it needs no second look at the database. */
    @Override
    public void refreshLastRequest(String sessionId) {
        SessionInformation info = super.getSessionInformation(sessionId);
        if (info != null) {
            info.refreshLastRequest();
        }
    }

    private boolean mayContinue(SessionInformation info) {
        if (!(info.getPrincipal() instanceof SignedInUser user)) {
            return true;
        }
        if (user.signedInAt().plus(maxLifetime).isBefore(clock.instant())) {
            return false;
        }
        return accounts.mayContinue(user.getUsername(), info.getSessionId(), user.signedInAt());
    }
}
