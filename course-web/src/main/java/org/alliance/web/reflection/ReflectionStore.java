package org.alliance.web.reflection;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for reflection answers: one row per student and prompt. Private to the reflection feature. */
@Repository
class ReflectionStore {
    private final JdbcClient jdbc;

    ReflectionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A user's answer to one prompt as saved last. */
    record Saved(String answer, boolean shared, Instant savedAt) {}

    Optional<Saved> answer(String username, String courseId, String reflectionId) {
        return jdbc.sql("select answer, shared, updated_at from reflection_answer"
                        + " where username = ? and course_id = ? and reflection_id = ?")
                .params(username, courseId, reflectionId)
                .query((rs, n) -> new Saved(
                        rs.getString(1),
                        rs.getBoolean(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant()))
                .optional();
    }

    /** Saves a user's answer to a prompt, replacing the one saved before. */
    void save(String username, String courseId, String reflectionId, String answer, boolean shared, Instant now) {
        int updated = jdbc.sql("update reflection_answer set answer = ?, shared = ?, updated_at = ?"
                        + " where username = ? and course_id = ? and reflection_id = ?")
                .params(answer, shared, utc(now), username, courseId, reflectionId)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into reflection_answer (username, course_id, reflection_id, answer, shared, updated_at)"
                            + " values (?, ?, ?, ?, ?, ?)")
                    .params(username, courseId, reflectionId, answer, shared, utc(now))
                    .update();
        }
    }

    /** Prompt id to when the user last saved an answer that is not blank, for one course. */
    Map<String, Instant> answeredAt(String username, String courseId) {
        Map<String, Instant> answered = new HashMap<>();
        jdbc.sql("select reflection_id, updated_at from reflection_answer where username = ? and course_id = ?"
                        + " and answer <> ''")
                .params(username, courseId)
                .query(rs -> {
                    answered.put(
                            rs.getString(1),
                            rs.getObject(2, OffsetDateTime.class).toInstant());
                });
        return answered;
    }

    /** Every answer of a user, in any course, by course and prompt. */
    List<ReflectionPersonalData.Answer> answersOf(String username) {
        return jdbc.sql("select course_id, reflection_id, answer, shared, updated_at from reflection_answer"
                        + " where username = ? order by course_id, reflection_id")
                .param(username)
                .query((rs, n) -> new ReflectionPersonalData.Answer(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getBoolean(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Deletes every answer of a user. */
    void deleteAllOf(String username) {
        jdbc.sql("delete from reflection_answer where username = ?")
                .param(username)
                .update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
