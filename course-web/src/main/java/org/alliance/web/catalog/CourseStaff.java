package org.alliance.web.catalog;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alliance.web.account.AccountRole;
import org.alliance.web.account.AccountService;
import org.alliance.web.account.Roles;
import org.alliance.web.identity.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may do what with a course. Two capabilities, asked by every instructor-facing service before anything
 * else (a course someone may not use reads to them as not found):
 * <ul>
 *   <li><b>teach</b> ({@link #canTeach}): its owner, its co-instructors and every admin; editing, publishing,
 *       versions, enrolment, the gradebook, analysis, previews, export, and releasing grades;
 *   <li><b>grade</b> ({@link #canGrade}): every teacher, plus the raters the owner added (see
 *       {@link CourseRaters}); rating the course's free-text answers and nothing else.
 * </ul>
 * Owning ({@link #owns}) adds adding raters and overriding released grades; admins may do all of it.
 */
@Service
public class CourseStaff {
    private final CourseStore store;
    private final VersionStore versionList;
    private final CourseVersions versions;
    private final AccountService accounts;
    private final Clock clock;
    private final CurrentUser currentUser;

    CourseStaff(
            CourseStore store,
            VersionStore versionList,
            CourseVersions versions,
            AccountService accounts,
            Clock clock,
            CurrentUser currentUser) {
        this.store = store;
        this.versionList = versionList;
        this.versions = versions;
        this.accounts = accounts;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    /**
     * A course as its teachers see it in their list; the version by its id and by its number from 1; raters
     * grade its free-text answers only.
     */
    public record TaughtCourse(
            String courseId,
            String title,
            String owner,
            List<String> coInstructors,
            int students,
            long versionId,
            int versionNumber,
            String contentHash,
            List<String> raters) {}

    /** The teaching capability: the course's owner, a co-instructor, or an admin. Never a rater alone. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public boolean canTeach(String courseId) {
        var me = currentUser.username();
        if (me.isEmpty()) {
            return false;
        }
        if (currentUser.hasRole(Roles.ADMIN)) {
            return store.courseExists(courseId);
        }
        return store.taughtBy(me.get()).contains(courseId);
    }

    /** The grading capability: whoever may teach the course, and the raters its owner added. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public boolean canGrade(String courseId) {
        var me = currentUser.username();
        return me.isPresent() && (canTeach(courseId) || store.isRater(courseId, me.get()));
    }

    /** The course's owner, or an admin: who may add raters and override a released grade. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public boolean owns(String courseId) {
        var me = currentUser.username();
        if (me.isEmpty()) {
            return false;
        }
        return currentUser.hasRole(Roles.ADMIN)
                ? store.courseExists(courseId)
                : store.owner(courseId).filter(me.get()::equals).isPresent();
    }

    /** A version of a course the signed-in user may grade (free-text answers are pinned to versions). */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public Optional<PublishedCourse> gradedVersion(String courseId, long versionId) {
        return canGrade(courseId) ? versions.load(versionId).filter(v -> v.id().equals(courseId)) : Optional.empty();
    }

    /** The latest published version of a course the signed-in user teaches. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public Optional<PublishedCourse> taught(String courseId) {
        return canTeach(courseId) ? versions.latest(courseId) : Optional.empty();
    }

    /**
     * The latest published version of a course the signed-in user may grade: what a rater needs to read work that
     * is not pinned to a version (a drill response sent for feedback).
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public Optional<PublishedCourse> graded(String courseId) {
        return canGrade(courseId) ? versions.latest(courseId) : Optional.empty();
    }

    /** A specific version of a course the signed-in user teaches (attempts are pinned to versions). */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public Optional<PublishedCourse> taughtVersion(String courseId, long versionId) {
        return canTeach(courseId) ? versions.load(versionId).filter(v -> v.id().equals(courseId)) : Optional.empty();
    }

    /** The latest published version of a course: its id and its files as stored. */
    public record PublishedFiles(long versionId, Map<String, String> files) {}

    /** The latest published version of a taught course, as stored (for the editor to start from). */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public Optional<PublishedFiles> publishedFiles(String courseId) {
        if (!canTeach(courseId)) {
            return Optional.empty();
        }
        return store.latestVersion(courseId).map(v -> new PublishedFiles(v.id(), store.files(v.id())));
    }

    /**
     * A published version: immutable; attempts are pinned to the one they began on. {@code id} is its key,
     * {@code number} its place among the course's versions from 1, the number people see.
     */
    public record Version(long id, int number, String contentHash, Instant publishedAt) {}

    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public List<Version> versions(String courseId) {
        return canTeach(courseId) ? versionList.versions(courseId) : List.of();
    }

    /** The files of one version of a taught course, as stored. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public Optional<Map<String, String>> versionFiles(String courseId, long versionId) {
        if (!canTeach(courseId) || versionList.versions(courseId).stream().noneMatch(v -> v.id() == versionId)) {
            return Optional.empty();
        }
        return Optional.of(store.files(versionId));
    }

    /** Makes an earlier version current again by publishing its files as the newest version. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional
    public PublishedCourse rollBack(String courseId, long versionId) {
        if (!canTeach(courseId)) {
            throw new CatalogException("catalog.not-found");
        }
        return versions.republish(courseId, versionId).orElseThrow(() -> new CatalogException("catalog.not-found"));
    }

    /** Whether a course id is taken by any course (a new draft needs a free one). */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public boolean courseExists(String courseId) {
        return store.courseExists(courseId);
    }

    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public List<TaughtCourse> taughtCourses() {
        List<String> ids =
                currentUser.hasRole(Roles.ADMIN) ? store.allCourseIds() : store.taughtBy(currentUser.require());
        return ids.stream()
                .flatMap(id -> versions.latest(id).stream())
                .map(p -> new TaughtCourse(
                        p.id(),
                        p.course().title(),
                        store.owner(p.id()).orElse(""),
                        store.coInstructors(p.id()),
                        store.students(p.id()).size(),
                        p.versionId(),
                        p.versionNumber(),
                        p.contentHash(),
                        store.raters(p.id()).stream()
                                .map(CourseStore.Rater::username)
                                .toList()))
                .toList();
    }

    /** Usernames of the students enrolled in a course the signed-in user teaches. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public List<String> students(String courseId) {
        return canTeach(courseId) ? store.students(courseId) : List.of();
    }

    /**
     * A page of the enrolled students whose username contains {@code filter} (case-insensitive), by name;
     * filtered, ordered and paged in SQL so a large course never loads every name.
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public List<String> students(String courseId, String filter, boolean descending, int offset, int limit) {
        return canTeach(courseId) && limit > 0
                ? store.students(courseId, filter, descending, Math.max(0, offset), limit)
                : List.of();
    }

    /** How many enrolled students' usernames contain {@code filter} (case-insensitive). */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public int countStudents(String courseId, String filter) {
        return canTeach(courseId) ? store.countStudents(courseId, filter) : 0;
    }

    /** An admin assigns a co-instructor. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void addInstructor(String courseId, String username) {
        requireInstructorAccount(courseId, username);
        store.addInstructor(courseId, username, clock.instant());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void removeInstructor(String courseId, String username) {
        store.removeInstructor(courseId, username);
    }

    /** An admin hands a course (a bundled one, owned by the library account, say) to an instructor. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void transfer(String courseId, String username) {
        requireInstructorAccount(courseId, username);
        store.setOwner(courseId, username);
    }

    void requireInstructorAccount(String courseId, String username) {
        if (!store.courseExists(courseId)) {
            throw new CatalogException("catalog.not-found");
        }
        var account =
                accounts.findForLogin(username).orElseThrow(() -> new CatalogException("teaching.no-such-instructor"));
        if (account.role() == AccountRole.STUDENT) {
            throw new CatalogException("teaching.no-such-instructor");
        }
    }
}
