package org.alliance.web.catalog;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.alliance.web.account.Usernames;
import org.alliance.web.identity.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Raters: instructors a course's owner (or an admin) adds to grade its free-text answers and nothing else,
 * without asking an admin. A rater has the grading capability of {@link CourseStaff} and never the teaching
 * one, so every teaching service refuses them. Grading decides when the owner may add one (a dispute between
 * two raters); this service keeps who they are.
 */
@Service
public class CourseRaters {
    private final CourseStore store;
    private final CourseStaff staff;
    private final CourseVersions versions;
    private final Clock clock;
    private final CurrentUser currentUser;

    CourseRaters(CourseStore store, CourseStaff staff, CourseVersions versions, Clock clock, CurrentUser currentUser) {
        this.store = store;
        this.staff = staff;
        this.versions = versions;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    /** A rater of a course, who added them and when. */
    public record Rater(String username, String addedBy, Instant addedAt) {}

    /** A course the signed-in user grades as a rater only (not one they teach). */
    public record RatedCourse(String courseId, String title, String owner) {}

    /** The raters of a course the signed-in user teaches. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public List<Rater> raters(String courseId) {
        if (!staff.canTeach(courseId)) {
            return List.of();
        }
        return store.raters(courseId).stream()
                .map(r -> new Rater(r.username(), r.addedBy(), r.addedAt()))
                .toList();
    }

    /**
     * Adds an existing instructor (or admin) as a rater of the course. The owner or an admin only; someone who
     * already teaches the course needs no rater's place; adding a rater twice changes nothing.
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional
    public void add(String courseId, String username) {
        requireOwner(courseId);
        String name = Usernames.normalise(username);
        staff.requireInstructorAccount(courseId, name);
        if (store.owner(courseId).filter(name::equals).isPresent()
                || store.coInstructors(courseId).contains(name)) {
            throw new CatalogException("raters.already-teaches");
        }
        store.addRater(courseId, name, currentUser.require(), clock.instant());
    }

    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional
    public void remove(String courseId, String username) {
        requireOwner(courseId);
        store.removeRater(courseId, username);
    }

    /** The courses the signed-in user rates without teaching them, for their list of courses. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public List<RatedCourse> ratedCourses() {
        String me = currentUser.require();
        return store.ratedBy(me).stream()
                .filter(id -> !staff.canTeach(id))
                .flatMap(id -> versions.latest(id).stream())
                .map(p -> new RatedCourse(
                        p.id(), p.course().title(), store.owner(p.id()).orElse("")))
                .toList();
    }

    private void requireOwner(String courseId) {
        if (!staff.canTeach(courseId)) {
            throw new CatalogException("catalog.not-found");
        }
        if (!staff.owns(courseId)) {
            throw new CatalogException("raters.owner-only");
        }
    }
}
