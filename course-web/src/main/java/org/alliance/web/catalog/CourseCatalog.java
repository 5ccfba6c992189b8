package org.alliance.web.catalog;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.alliance.web.identity.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue as a signed-in student sees it: published courses, enrolment by the offering's rules, and
 * the enrolled student's access to a course. A course the student is not enrolled in reads as not found.
 */
@Service
public class CourseCatalog {
    private final CourseStore store;
    private final CourseVersions versions;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final CurrentUser currentUser;

    CourseCatalog(
            CourseStore store, CourseVersions versions, PasswordEncoder encoder, Clock clock, CurrentUser currentUser) {
        this.store = store;
        this.versions = versions;
        this.encoder = encoder;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CourseCard> catalogue() {
        String me = currentUser.require();
        return store.latestVersions().stream()
                .flatMap(v -> versions.load(v.id()).stream())
                .map(course -> card(course, me))
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<CourseCard> card(String courseId) {
        return versions.latest(courseId).map(course -> card(course, currentUser.require()));
    }

    /** Enrols the signed-in user, if the offering is open and its rules allow; the key only for KEY mode. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void enrol(String courseId, @Nullable String key) {
        String me = currentUser.require();
        var offering = store.offering(courseId).orElseThrow(() -> new CatalogException("catalog.not-found"));
        if (store.isEnrolled(courseId, me)) {
            return;
        }
        if (!isOpen(offering, clock.instant())) {
            throw new CatalogException("catalog.enrol.closed");
        }
        switch (offering.mode()) {
            case OPEN -> {}
            case KEY -> {
                if (key == null || offering.keyHash() == null || !encoder.matches(key.strip(), offering.keyHash())) {
                    throw new CatalogException("catalog.enrol.wrong-key");
                }
            }
            case INSTRUCTOR -> throw new CatalogException("catalog.enrol.instructor-only");
        }
        store.enrol(courseId, me, clock.instant());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void unenrol(String courseId) {
        store.unenrol(courseId, currentUser.require());
    }

    /** The course version an enrolled student learns from; empty for anyone else. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<PublishedCourse> enrolledCourse(String courseId) {
        if (!store.isEnrolled(courseId, currentUser.require())) {
            return Optional.empty();
        }
        return versions.latest(courseId);
    }

    /**
     * A specific version of a course the signed-in user is enrolled in: attempts stay on the version they
     * began on, whatever has been published since.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<PublishedCourse> enrolledVersion(String courseId, long versionId) {
        if (!store.isEnrolled(courseId, currentUser.require())) {
            return Optional.empty();
        }
        return versions.load(versionId).filter(v -> v.id().equals(courseId));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CourseCard> myCourses() {
        String me = currentUser.require();
        return store.enrolledCourseIds(me).stream()
                .flatMap(id -> versions.latest(id).stream())
                .map(course -> card(course, me))
                .toList();
    }

    private CourseCard card(PublishedCourse published, String me) {
        var course = published.course();
        var offering = store.offering(course.id()).orElseThrow();
        return new CourseCard(
                course.id(),
                course.title(),
                course.summary(),
                course.audience(),
                course.lessons().size(),
                published.minutes(),
                offering.mode(),
                offering.opensAt(),
                offering.closesAt(),
                isOpen(offering, clock.instant()),
                store.isEnrolled(course.id(), me));
    }

    private static boolean isOpen(CourseStore.Offering offering, Instant now) {
        return (offering.opensAt() == null || !now.isBefore(offering.opensAt()))
                && (offering.closesAt() == null || now.isBefore(offering.closesAt()));
    }
}
