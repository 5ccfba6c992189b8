package org.alliance.web.catalog;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for offering settings and per-student allowances. Private to the catalogue feature. */
@Repository
class OfferingStore {
    private final JdbcClient jdbc;

    OfferingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void update(
            String courseId,
            EnrolmentMode mode,
            @Nullable String keyHash,
            @Nullable Instant opensAt,
            @Nullable Instant closesAt) {
        jdbc.sql("update offering set enrolment_mode = ?, enrolment_key_hash = ?, opens_at = ?, closes_at = ?"
                        + " where course_id = ?")
                .params(mode.name(), keyHash, utc(opensAt), utc(closesAt), courseId)
                .update();
    }

    int extraAttempts(String courseId, String username, String activityId) {
        return jdbc.sql("select extra_attempts from student_allowance where course_id = ? and username = ?"
                        + " and activity_id = ?")
                .params(courseId, username, activityId)
                .query(Integer.class)
                .optional()
                .orElse(0);
    }

    void setExtraAttempts(String courseId, String username, String activityId, int extra) {
        jdbc.sql("delete from student_allowance where course_id = ? and username = ? and activity_id = ?")
                .params(courseId, username, activityId)
                .update();
        if (extra > 0) {
            jdbc.sql("insert into student_allowance (course_id, username, activity_id, extra_attempts)"
                            + " values (?, ?, ?, ?)")
                    .params(courseId, username, activityId, extra)
                    .update();
        }
    }

    Optional<Instant> extendedUntil(String courseId, String username) {
        return jdbc.sql("select extended_until from student_extension where course_id = ? and username = ?")
                .params(courseId, username)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant())
                .optional();
    }

    void setExtension(String courseId, String username, @Nullable Instant until) {
        jdbc.sql("delete from student_extension where course_id = ? and username = ?")
                .params(courseId, username)
                .update();
        if (until != null) {
            jdbc.sql("insert into student_extension (course_id, username, extended_until) values (?, ?, ?)")
                    .params(courseId, username, utc(until))
                    .update();
        }
    }

    /** A user's extra attempts, as rows of column name to value, by course and activity. */
    List<Map<String, Object>> extraAttemptsOf(String username) {
        return jdbc.sql("select course_id, activity_id, extra_attempts from student_allowance where username = ?"
                        + " order by course_id, activity_id")
                .param(username)
                .query()
                .listOfRows();
    }

    /** A user's extensions, as rows of column name to value, by course. */
    List<Map<String, Object>> extensionsOf(String username) {
        return jdbc.sql("select course_id, extended_until from student_extension where username = ?"
                        + " order by course_id")
                .param(username)
                .query()
                .listOfRows();
    }

    /** Moves a user's extra attempts and extensions to another name. */
    void reassign(String username, String alias) {
        jdbc.sql("update student_allowance set username = ? where username = ?")
                .params(alias, username)
                .update();
        jdbc.sql("update student_extension set username = ? where username = ?")
                .params(alias, username)
                .update();
    }

    private static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
