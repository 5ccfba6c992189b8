package org.alliance.web.learning;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for lesson progress: one row per student and lesson opened. Private to the learning feature. */
@Repository
class LessonProgressStore {
    private final JdbcClient jdbc;

    LessonProgressStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records that a user opened a lesson now, keeping when they marked it done. */
    void visit(String courseId, String username, String lessonId, Instant now) {
        int updated = jdbc.sql("update lesson_progress set visited_at = ? where course_id = ? and username = ?"
                        + " and lesson_id = ?")
                .params(utc(now), courseId, username, lessonId)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into lesson_progress (course_id, username, lesson_id, visited_at) values (?, ?, ?, ?)")
                    .params(courseId, username, lessonId, utc(now))
                    .update();
        }
    }

    /**
     * Marks a lesson the user opened done at the given time, or not done when it is null. True if it became done
     * now (it was opened and not done): a lesson marked done twice keeps its first time.
     */
    boolean complete(String courseId, String username, String lessonId, @Nullable Instant at) {
        if (at == null) {
            jdbc.sql(
                            "update lesson_progress set completed_at = null where course_id = ? and username = ? and lesson_id = ?")
                    .params(courseId, username, lessonId)
                    .update();
            return false;
        }
        return jdbc.sql("update lesson_progress set completed_at = ? where course_id = ? and username = ?"
                                + " and lesson_id = ? and completed_at is null")
                        .params(utc(at), courseId, username, lessonId)
                        .update()
                > 0;
    }

    /** The lessons of a course the user opened, each with whether it is done. */
    List<LessonProgress.LessonState> states(String courseId, String username) {
        return jdbc.sql("select lesson_id, completed_at from lesson_progress where course_id = ? and username = ?")
                .params(courseId, username)
                .query((rs, n) -> new LessonProgress.LessonState(rs.getString(1), true, rs.getObject(2) != null))
                .list();
    }

    /** The lesson of a course the user opened most recently. */
    Optional<String> lastVisited(String courseId, String username) {
        return jdbc.sql("select lesson_id from lesson_progress where course_id = ? and username = ?"
                        + " order by visited_at desc fetch first 1 rows only")
                .params(courseId, username)
                .query(String.class)
                .optional();
    }

    /** Every lesson the user opened, in any course, by course and lesson. */
    List<LessonProgressPersonalData.Visit> visitsOf(String username) {
        return jdbc.sql("""
                select course_id, lesson_id, visited_at, completed_at from lesson_progress
                where username = ? order by course_id, lesson_id""")
                .param(username)
                .query((rs, n) -> {
                    OffsetDateTime completed = rs.getObject(4, OffsetDateTime.class);
                    return new LessonProgressPersonalData.Visit(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getObject(3, OffsetDateTime.class).toInstant(),
                            completed == null ? null : completed.toInstant());
                })
                .list();
    }

    /** Deletes every lesson progress row of a user. */
    void deleteAllOf(String username) {
        jdbc.sql("delete from lesson_progress where username = ?")
                .param(username)
                .update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
