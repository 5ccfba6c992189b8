package org.alliance.web.lti;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for grades on their way to LMS line items. Private to the lti feature. */
@Repository
class GradeOutboxStore {
    record Pending(
            long id,
            long platformId,
            String lineItemUrl,
            String sub,
            String username,
            String courseId,
            String activityId,
            @Nullable Double scoreGiven,
            double scoreMaximum,
            String activityProgress,
            String gradingProgress,
            Instant createdAt,
            int tries,
            Instant nextTryAt,
            @Nullable String lastError,
            @Nullable Instant sentAt) {}

    private static final String COLUMNS = "id, platform_id, lineitem_url, sub, username, course_id, activity_id,"
            + " score_given, score_maximum, activity_progress, grading_progress, created_at, tries, next_try_at,"
            + " last_error, sent_at";

    private final JdbcClient jdbc;

    GradeOutboxStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues a grade; an unsent older grade for the same line item and person is replaced, not sent after it. */
    void enqueue(Pending p) {
        jdbc.sql(
                        "delete from lti_grade_outbox where platform_id = ? and lineitem_url = ? and sub = ? and sent_at is null")
                .params(p.platformId(), p.lineItemUrl(), p.sub())
                .update();
        jdbc.sql("insert into lti_grade_outbox (platform_id, lineitem_url, sub, username, course_id, activity_id,"
                        + " score_given, score_maximum, activity_progress, grading_progress, created_at, tries,"
                        + " next_try_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)")
                .params(
                        p.platformId(),
                        p.lineItemUrl(),
                        p.sub(),
                        p.username(),
                        p.courseId(),
                        p.activityId(),
                        p.scoreGiven(),
                        p.scoreMaximum(),
                        p.activityProgress(),
                        p.gradingProgress(),
                        PlatformStore.utc(p.createdAt()),
                        PlatformStore.utc(p.createdAt()))
                .update();
    }

    List<Pending> due(Instant now, int limit) {
        return jdbc.sql("select " + COLUMNS + " from lti_grade_outbox where sent_at is null and next_try_at <= ?"
                        + " order by next_try_at, id limit ?")
                .params(PlatformStore.utc(now), limit)
                .query(GradeOutboxStore::pending)
                .list();
    }

    /** A course's grades not yet accepted by the LMS, oldest first, and the latest sent ones. */
    List<Pending> ofCourse(String courseId, boolean sent, int limit) {
        return jdbc.sql("select " + COLUMNS + " from lti_grade_outbox where course_id = ? and sent_at is "
                        + (sent ? "not null order by sent_at desc" : "null order by created_at")
                        + " limit ?")
                .params(courseId, limit)
                .query(GradeOutboxStore::pending)
                .list();
    }

    void sent(long id, Instant now) {
        jdbc.sql("update lti_grade_outbox set sent_at = ?, last_error = null, tries = tries + 1 where id = ?")
                .params(PlatformStore.utc(now), id)
                .update();
    }

    void failed(long id, String error, Instant nextTry) {
        jdbc.sql("update lti_grade_outbox set last_error = ?, tries = tries + 1, next_try_at = ? where id = ?")
                .params(error.length() > 1000 ? error.substring(0, 1000) : error, PlatformStore.utc(nextTry), id)
                .update();
    }

    /** Makes every unsent grade of a course due now (an instructor's "send again"). */
    int resend(String courseId, Instant now) {
        return jdbc.sql("update lti_grade_outbox set next_try_at = ? where course_id = ? and sent_at is null")
                .params(PlatformStore.utc(now), courseId)
                .update();
    }

    List<Pending> ofUser(String username) {
        return jdbc.sql("select " + COLUMNS + " from lti_grade_outbox where username = ? order by created_at")
                .param(username)
                .query(GradeOutboxStore::pending)
                .list();
    }

    int deleteUser(String username) {
        return jdbc.sql("delete from lti_grade_outbox where username = ?")
                .param(username)
                .update();
    }

    private static Pending pending(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        double given = rs.getDouble("score_given");
        boolean noScore = rs.wasNull();
        var sentAt = rs.getObject("sent_at", java.time.OffsetDateTime.class);
        return new Pending(
                rs.getLong("id"),
                rs.getLong("platform_id"),
                rs.getString("lineitem_url"),
                rs.getString("sub"),
                rs.getString("username"),
                rs.getString("course_id"),
                rs.getString("activity_id"),
                noScore ? null : given,
                rs.getDouble("score_maximum"),
                rs.getString("activity_progress"),
                rs.getString("grading_progress"),
                rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant(),
                rs.getInt("tries"),
                rs.getObject("next_try_at", java.time.OffsetDateTime.class).toInstant(),
                rs.getString("last_error"),
                sentAt == null ? null : sentAt.toInstant());
    }
}
