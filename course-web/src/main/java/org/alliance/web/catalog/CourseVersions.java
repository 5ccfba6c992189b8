package org.alliance.web.catalog;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.alliance.core.format.CourseReader;
import org.alliance.core.format.ReadResult;
import org.alliance.core.model.Course;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes course versions and reads them back. A version is immutable: its files are stored as given and
 * read by the one course reader; the parsed model is cached by content hash.
 */
@Component
class CourseVersions {
    private static final Logger log = LoggerFactory.getLogger(CourseVersions.class);
    private final CourseStore store;
    private final Clock clock;
    private final Map<Long, PublishedCourse> parsed = new ConcurrentHashMap<>();

    CourseVersions(CourseStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Publishes the files as a new version of the course, unless the latest version has the same content
     * hash already. Re-reading a changed file never edits a version in place. Returns the published course.
     */
    @Transactional
    PublishedCourse publish(Map<String, String> files, Course course, String contentHash, String owner) {
        if (!store.courseExists(course.id())) {
            store.createCourse(course.id(), owner, clock.instant());
        }
        var latest = store.latestVersion(course.id());
        if (latest.isPresent() && latest.get().contentHash().equals(contentHash)) {
            return load(latest.get().id()).orElseThrow();
        }
        long versionId = store.insertVersion(course.id(), contentHash, files, clock.instant());
        log.info(
                "Published {} as version {} (id {}, {})",
                course.id(),
                store.versionNumber(versionId),
                versionId,
                contentHash.substring(0, 12));
        PublishedCourse published = new PublishedCourse(versionId, store.versionNumber(versionId), contentHash, course);
        parsed.put(versionId, published);
        return published;
    }

    /**
     * Rolls back by publishing an earlier version's files again as the newest version; the earlier version
     * itself is never changed, and attempts stay on the versions they began on.
     */
    @Transactional
    Optional<PublishedCourse> republish(String courseId, long versionId) {
        return load(versionId).filter(v -> v.id().equals(courseId)).map(v -> {
            var files = store.files(versionId);
            long newId = store.insertVersion(courseId, v.contentHash(), files, clock.instant());
            var published = new PublishedCourse(newId, store.versionNumber(newId), v.contentHash(), v.course());
            parsed.put(newId, published);
            return published;
        });
    }

    Optional<PublishedCourse> latest(String courseId) {
        return store.latestVersion(courseId).flatMap(v -> load(v.id()));
    }

    /** A stored version, parsed once. A version that no longer reads (it always should) is left out. */
    Optional<PublishedCourse> load(long versionId) {
        PublishedCourse cached = parsed.get(versionId);
        if (cached != null) {
            return Optional.of(cached);
        }
        ReadResult read = CourseReader.fromFiles(store.files(versionId));
        if (read.course().isEmpty()) {
            log.error("Stored course version {} no longer reads: {}", versionId, read.errors());
            return Optional.empty();
        }
        var published = new PublishedCourse(
                versionId,
                store.versionNumber(versionId),
                read.contentHash().orElseThrow(),
                read.course().get());
        parsed.put(versionId, published);
        return Optional.of(published);
    }
}
