package org.alliance.web.catalog;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for listing a course's versions. Private to the catalogue feature. */
@Repository
class VersionStore {
    private final JdbcClient jdbc;

    VersionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** In publication order, so each version's number is its row's place from 1. */
    List<CourseStaff.Version> versions(String courseId) {
        return jdbc.sql("select id, content_hash, published_at from course_version where course_id = ? order by id")
                .param(courseId)
                .query((rs, n) -> new CourseStaff.Version(
                        rs.getLong(1),
                        n + 1,
                        rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant()))
                .list();
    }
}
