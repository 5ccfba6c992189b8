package org.alliance.web.grading;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.alliance.web.catalog.CourseStaff;
import org.alliance.web.identity.CurrentUser;
import org.alliance.web.navigation.Link;
import org.springframework.security.access.AccessDeniedException;
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
    private final CourseStaff staff;

    Notices(GradingStore store, Clock clock, CurrentUser currentUser, CourseStaff staff) {
        this.store = store;
        this.clock = clock;
        this.currentUser = currentUser;
        this.staff = staff;
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

    /**
     * A notice to a student from someone who grades their course, for what that grader did for them in it (such
     * as answering a response sent for feedback). Only a grader of the course may send one; the calling feature
     * has checked that the student's work belongs to that course.
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional
    public void notifyStudent(String courseId, String username, String messageKey, List<String> params, Link link) {
        if (!staff.canGrade(courseId)) {
            throw new AccessDeniedException("not a grader of course " + courseId);
        }
        store.addNotice(username, clock.instant(), messageKey, params, link.location());
    }
}
