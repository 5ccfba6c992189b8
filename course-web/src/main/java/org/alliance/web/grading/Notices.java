package org.alliance.web.grading;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
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

    Notices(GradingStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** A notice as shown: the text is a translation key with its parameters. */
    public record Notice(long id, Instant createdAt, String messageKey, List<String> params, Optional<String> link,
            boolean read) {}

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public int unreadCount() {
        return store.unread(me());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Notice> mine() {
        return store.notices(me(), SHOWN).stream().map(n -> new Notice(n.id(), n.createdAt(), n.messageKey(),
                n.params(), Optional.ofNullable(n.link()), n.readAt() != null)).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markRead(long id) {
        store.markRead(me(), id, clock.instant());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markAllRead() {
        store.markAllRead(me(), clock.instant());
    }

    private static String me() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }
}
