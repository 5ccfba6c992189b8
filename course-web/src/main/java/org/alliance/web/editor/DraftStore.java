package org.alliance.web.editor;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for drafts. Private to the editor feature. */
@Repository
class DraftStore {
    private final JdbcClient jdbc;

    DraftStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> owner(String courseId) {
        return jdbc.sql("select owner_username from course_draft where course_id = ?")
                .param(courseId)
                .query(String.class)
                .optional();
    }

    /** A draft's author, last change, and the published version it began from (none for a new course). */
    record Row(String owner, Instant updatedAt, @Nullable Long baseVersionId) {}

    Optional<Row> draft(String courseId) {
        return jdbc.sql("select owner_username, updated_at, base_version_id from course_draft where course_id = ?")
                .param(courseId)
                .query((rs, n) -> new Row(
                        rs.getString(1),
                        rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getObject(3) == null ? null : rs.getLong(3)))
                .optional();
    }

    void create(String courseId, String owner, Map<String, String> files, Instant now, @Nullable Long baseVersionId) {
        jdbc.sql(
                        "insert into course_draft (course_id, owner_username, updated_at, base_version_id) values (?, ?, ?, ?)")
                .params(courseId, owner, now.atOffset(ZoneOffset.UTC), baseVersionId)
                .update();
        files.forEach((path, content) -> put(courseId, path, content));
    }

    List<String> startedBy(String username) {
        return jdbc.sql("select course_id from course_draft where owner_username = ? order by course_id")
                .param(username)
                .query(String.class)
                .list();
    }

    Map<String, String> files(String courseId) {
        Map<String, String> files = new TreeMap<>();
        jdbc.sql("select path, content from course_draft_file where course_id = ?")
                .param(courseId)
                .query(rs -> {
                    files.put(rs.getString(1), rs.getString(2));
                });
        return files;
    }

    void put(String courseId, String path, String content) {
        int updated = jdbc.sql("update course_draft_file set content = ? where course_id = ? and path = ?")
                .params(content, courseId, path)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into course_draft_file (course_id, path, content) values (?, ?, ?)")
                    .params(courseId, path, content)
                    .update();
        }
    }

    void remove(String courseId, String path) {
        jdbc.sql("delete from course_draft_file where course_id = ? and path = ?")
                .params(courseId, path)
                .update();
    }

    void touch(String courseId, Instant now) {
        jdbc.sql("update course_draft set updated_at = ? where course_id = ?")
                .params(now.atOffset(ZoneOffset.UTC), courseId)
                .update();
    }

    void delete(String courseId) {
        jdbc.sql("delete from course_draft_file where course_id = ?")
                .param(courseId)
                .update();
        jdbc.sql("delete from course_draft where course_id = ?").param(courseId).update();
    }
}
