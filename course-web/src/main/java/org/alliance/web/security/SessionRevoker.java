package org.alliance.web.security;

import java.util.Objects;
import org.alliance.web.account.AccountSessionsRevoked;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Ends an account's sessions once the change that requires it has committed. */
@Component
class SessionRevoker {
    private final SessionRegistry sessions;

    SessionRevoker(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AccountSessionsRevoked event) {
        for (Object principal : sessions.getAllPrincipals()) {
            if (principal instanceof SignedInUser user && user.getUsername().equals(event.username())) {
                sessions.getAllSessions(principal, false).stream()
                        .filter(s -> !Objects.equals(s.getSessionId(), event.keepSessionId()))
                        .forEach(s -> s.expireNow());
            }
        }
    }
}
