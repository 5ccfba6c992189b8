package org.alliance.web.vignette;

import java.util.Optional;
import org.alliance.core.model.BranchingVignette;
import org.alliance.core.model.Course;
import org.alliance.web.account.Roles;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.catalog.CourseStaff;
import org.alliance.web.identity.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The one gate of the after-action review and its practice: a submitted (finished, not skipped) branching attempt,
 * read by its owner while enrolled, or by someone who teaches the course, read-only. While the owner has another
 * attempt at the same vignette open, their submitted ones are not reviewed: the review shows every choice's
 * ratings, which must never help a graded walk in play.
 */
@Component
class SubmittedAttempts {
    private final VignetteStore store;
    private final CourseCatalog catalog;
    private final CourseStaff staff;
    private final CurrentUser currentUser;

    SubmittedAttempts(VignetteStore store, CourseCatalog catalog, CourseStaff staff, CurrentUser currentUser) {
        this.store = store;
        this.catalog = catalog;
        this.staff = staff;
        this.currentUser = currentUser;
    }

    /** A submitted branching attempt and the course version it was taken on; {@code owner} if the reader's own. */
    record Submitted(VignetteStore.Row row, Course course, BranchingVignette vignette, boolean owner) {}

    /** The attempt if the signed-in user owns it or teaches its course; otherwise (or not submitted) nothing. */
    Optional<Submitted> readable(String publicId) {
        var row = store.byPublicId(publicId).filter(r -> r.finished() && !r.excused());
        if (row.isEmpty()) {
            return Optional.empty();
        }
        var r = row.get();
        String me = currentUser.require();
        if (r.username().equals(me)) {
            if (anotherOpen(r)) {
                return Optional.empty();
            }
            return catalog.enrolledVersion(r.courseId(), r.versionId())
                    .flatMap(
                            p -> branching(p.course(), r.vignetteId()).map(v -> new Submitted(r, p.course(), v, true)));
        }
        if (!currentUser.hasRole(Roles.INSTRUCTOR)) {
            return Optional.empty();
        }
        return staff.taughtVersion(r.courseId(), r.versionId())
                .flatMap(p -> branching(p.course(), r.vignetteId()).map(v -> new Submitted(r, p.course(), v, false)));
    }

    /** The attempt if it is the signed-in user's own and submitted: what practice starts from. */
    Optional<Submitted> mine(String publicId) {
        return readable(publicId).filter(Submitted::owner);
    }

    private boolean anotherOpen(VignetteStore.Row row) {
        return store.forVignette(row.username(), row.courseId(), row.vignetteId()).stream()
                .anyMatch(other -> !other.finished());
    }

    private static Optional<BranchingVignette> branching(Course course, String vignetteId) {
        return course.activity(vignetteId)
                .filter(BranchingVignette.class::isInstance)
                .map(BranchingVignette.class::cast);
    }
}
