package org.alliance.web.catalog;

import org.alliance.core.model.Course;

/** A course version as students meet it: the immutable model and the version it came from. */
public record PublishedCourse(long versionId, String contentHash, Course course) {

    public String id() {
        return course.id();
    }

    /** Estimated minutes of reading, from the lessons' front matter. */
    public int minutes() {
        return course.lessons().stream().mapToInt(l -> l.minutes()).sum();
    }
}
