package org.alliance.web.catalog;

import org.alliance.core.model.Course;

/**
 * A course version as students meet it: the immutable model and the version it came from. {@code versionId}
 * identifies the version everywhere (attempts are pinned to it); {@code versionNumber} is what people read:
 * the course's first publication is version 1, the next version 2, whatever other courses did meanwhile.
 */
public record PublishedCourse(long versionId, int versionNumber, String contentHash, Course course) {

    public String id() {
        return course.id();
    }

    /** Estimated minutes of reading, from the lessons' front matter. */
    public int minutes() {
        return course.lessons().stream().mapToInt(l -> l.minutes()).sum();
    }
}
