package org.alliance.web.catalog;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.alliance.web.account.AccountRole;
import org.alliance.web.account.AccountService;
import org.alliance.web.account.Usernames;
import org.alliance.web.identity.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A course's offering as its teachers run it: enrolment mode, key and dates; enrolling students by username;
 * and per-student allowances (extra attempts, a later close date). Players ask it what a student may still do.
 */
@Service
public class Offerings {
    private final CourseStore courses;
    private final OfferingStore store;
    private final CourseStaff staff;
    private final AccountService accounts;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final CurrentUser currentUser;

    Offerings(
            CourseStore courses,
            OfferingStore store,
            CourseStaff staff,
            AccountService accounts,
            PasswordEncoder encoder,
            Clock clock,
            CurrentUser currentUser) {
        this.courses = courses;
        this.store = store;
        this.staff = staff;
        this.accounts = accounts;
        this.encoder = encoder;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    /** The settings as teachers see them; whether a key is set, never the key. */
    public record Settings(
            EnrolmentMode mode,
            boolean keySet,
            @Nullable Instant opensAt,
            @Nullable Instant closesAt) {}

    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public Optional<Settings> settings(String courseId) {
        if (!staff.canTeach(courseId)) {
            return Optional.empty();
        }
        return courses.offering(courseId)
                .map(o -> new Settings(o.mode(), o.keyHash() != null, o.opensAt(), o.closesAt()));
    }

    /** Saves the settings; a blank key keeps the current one. KEY mode needs a key. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional
    public void update(
            String courseId,
            EnrolmentMode mode,
            @Nullable String newKey,
            @Nullable Instant opensAt,
            @Nullable Instant closesAt) {
        var current = courses.offering(courseId)
                .filter(o -> staff.canTeach(courseId))
                .orElseThrow(() -> new CatalogException("catalog.not-found"));
        if (opensAt != null && closesAt != null && !closesAt.isAfter(opensAt)) {
            throw new CatalogException("offering.dates-order");
        }
        String keyHash = newKey != null && !newKey.isBlank() ? encoder.encode(newKey.strip()) : current.keyHash();
        if (mode == EnrolmentMode.KEY && keyHash == null) {
            throw new CatalogException("offering.key-needed");
        }
        store.update(courseId, mode, keyHash, opensAt, closesAt);
    }

    /**
     * Enrols students by username, all or none: if any name is not a student account, nobody is enrolled and
     * the unknown names come back in the exception's message parameters.
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional
    public int enrol(String courseId, List<String> usernames) {
        if (!staff.canTeach(courseId)) {
            throw new CatalogException("catalog.not-found");
        }
        var names = new LinkedHashSet<String>();
        usernames.stream().map(Usernames::normalise).filter(n -> !n.isEmpty()).forEach(names::add);
        List<String> unknown = new ArrayList<>();
        for (String name : names) {
            var account = accounts.findForLogin(name);
            if (account.isEmpty() || account.get().role() != AccountRole.STUDENT) {
                unknown.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            throw new UnknownStudents(unknown);
        }
        int added = 0;
        for (String name : names) {
            if (!courses.isEnrolled(courseId, name)) {
                courses.enrol(courseId, name, clock.instant());
                added++;
            }
        }
        return added;
    }

    /** Thrown when enrolment names accounts that are not students; nothing was enrolled. */
    public static final class UnknownStudents extends CatalogException {
        private final List<String> usernames;

        UnknownStudents(List<String> usernames) {
            super("offering.unknown-students");
            this.usernames = List.copyOf(usernames);
        }

        public List<String> usernames() {
            return usernames;
        }
    }

    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional
    public void unenrol(String courseId, String username) {
        if (!staff.canTeach(courseId)) {
            throw new CatalogException("catalog.not-found");
        }
        courses.unenrol(courseId, username);
    }

    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional
    public void grantExtraAttempts(String courseId, String username, String activityId, int extra) {
        requireTaughtStudent(courseId, username);
        if (extra < 0 || extra > 20) {
            throw new CatalogException("offering.extra-range");
        }
        store.setExtraAttempts(courseId, username, activityId, extra);
    }

    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional
    public void extendDeadline(String courseId, String username, @Nullable Instant until) {
        requireTaughtStudent(courseId, username);
        store.setExtension(courseId, username, until);
    }

    /** For players: the extra attempts the signed-in student has been granted at an activity. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public int myExtraAttempts(String courseId, String activityId) {
        return store.extraAttempts(courseId, currentUser.require(), activityId);
    }

    /** For players: whether the offering is closed to the signed-in student (close date passed, no extension). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean closedForMe(String courseId) {
        Instant now = clock.instant();
        var closesAt = courses.offering(courseId).map(o -> o.closesAt());
        if (closesAt.isEmpty() || closesAt.get() == null || now.isBefore(closesAt.get())) {
            return false;
        }
        return store.extendedUntil(courseId, currentUser.require())
                .filter(now::isBefore)
                .isEmpty();
    }

    private void requireTaughtStudent(String courseId, String username) {
        if (!staff.canTeach(courseId) || !courses.isEnrolled(courseId, username)) {
            throw new CatalogException("catalog.not-found");
        }
    }
}
