package org.alliance.web.account;

import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Whether a signed-in session of an account may go on, decided from the database so that every instance
 * agrees: a change that must end an account's sessions records its moment, and the security feature's session
 * registry asks here on every request. Sessions are not shared between instances; this cut-off is. Open to
 * anyone: it answers about a session its caller already holds and changes nothing.
 */
@Component
public class AccountSessions {
    private final AccountSessionStore store;

    AccountSessions(AccountSessionStore store) {
        this.store = store;
    }

    /**
     * True while a session of {@code username} signed in at {@code signedInAt} may go on: the account still
     * exists (the same one: a deleted account's name may be taken again), is enabled, and its sessions have not
     * been ended since (unless this is the session kept).
     */
    public boolean mayContinue(String username, String sessionId, Instant signedInAt) {
        return store.mayContinue(username, sessionId, signedInAt);
    }
}
