package org.alliance.web.grading;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.alliance.web.identity.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user's in-app notices (there is no e-mail): the newest first, how many are unread, marking
 * them read. Features create notices for a user; a user only ever reads and marks their own.
 */
@Service
public class Notices {
    static final int SHOWN = 50;
    private final GradingStore store;
    private final Clock clock;
    private final CurrentUser currentUser;

    Notices(GradingStore store, Clock clock, CurrentUser currentUser) {
        this.store = store;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    /** A notice as shown: the text is a translation key with its parameters. */
    public record Notice(
            long id, Instant createdAt, String messageKey, List<String> params, Optional<String> link, boolean read) {}

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public int unreadCount() {
        return store.unread(currentUser.require());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Notice> mine() {
        return store.notices(currentUser.require(), SHOWN).stream()
                .map(n -> new Notice(
                        n.id(),
                        n.createdAt(),
                        n.messageKey(),
                        n.params(),
                        Optional.ofNullable(n.link()),
                        n.readAt() != null))
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markRead(long id) {
        store.markRead(currentUser.require(), id, clock.instant());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markAllRead() {
        store.markAllRead(currentUser.require(), clock.instant());
    }
}
