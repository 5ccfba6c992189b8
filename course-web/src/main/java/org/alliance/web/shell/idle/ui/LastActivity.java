package org.alliance.web.shell.idle.ui;

import com.vaadin.flow.server.VaadinSession;
import java.io.Serializable;
import java.time.Instant;

/**
 * The server's record of the last real interaction in one signed-in session, shared by all its tabs, so that
 * working in one tab keeps the others from signing the session out.
 */
final class LastActivity implements Serializable {
    private Instant at;

    LastActivity(Instant at) {
        this.at = at;
    }

    synchronized Instant at() {
        return at;
    }

    synchronized void record(Instant when) {
        if (when.isAfter(at)) {
            at = when;
        }
    }

    /** The session's record, created at {@code now} on first use; a fresh one when there is no session. */
    static LastActivity of(@org.jspecify.annotations.Nullable VaadinSession session, Instant now) {
        if (session == null) {
            return new LastActivity(now);
        }
        var existing = session.getAttribute(LastActivity.class);
        if (existing != null) {
            return existing;
        }
        var created = new LastActivity(now);
        session.setAttribute(LastActivity.class, created);
        return created;
    }
}
