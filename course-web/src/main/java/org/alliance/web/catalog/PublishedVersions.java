package org.alliance.web.catalog;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Course versions for work done on no one's behalf (scheduled jobs such as the expiry of abandoned attempts),
 * with no check of who asks: nobody is signed in there. Views never use it (ArchitectureTest); what a person
 * reads goes through {@link CourseCatalog} or {@link CourseStaff}, which check who asks.
 */
@Component
public class PublishedVersions {
    private final CourseVersions versions;

    PublishedVersions(CourseVersions versions) {
        this.versions = versions;
    }

    /** The version of that course, if it is one. */
    @Transactional(readOnly = true)
    public Optional<PublishedCourse> version(String courseId, long versionId) {
        return versions.load(versionId).filter(v -> v.id().equals(courseId));
    }
}
