package org.alliance.web.vignette;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for practice replays of submitted branching attempts. These tables are read by nothing that grades, counts
 * or analyses attempts: practice lives here and nowhere else. Private to the vignette feature.
 */
@Repository
class VignettePracticeStore {
    private final JdbcClient jdbc;

    VignettePracticeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One practice replay.
     *
     * @param attemptId the internal id of the attempt it rewinds
     * @param fromTurn the turn (from 1) it replays from: the attempt's first {@code fromTurn - 1} choices stand
     */
    record Practice(
            long id,
            String publicId,
            String username,
            String courseId,
            long versionId,
            String vignetteId,
            long attemptId,
            int fromTurn,
            String fromNode,
            Instant startedAt,
            @Nullable Instant finishedAt,
            @Nullable String endingId) {}

    private static final String COLUMNS = "id, public_id, username, course_id, version_id, vignette_id, attempt_id,"
            + " from_turn, from_node, started_at, finished_at, ending_id";

    void insert(
            String publicId,
            String username,
            String courseId,
            long versionId,
            String vignetteId,
            long attemptId,
            int fromTurn,
            String fromNode,
            Instant now) {
        jdbc.sql("insert into vignette_practice (public_id, username, course_id, version_id, vignette_id, attempt_id,"
                        + " from_turn, from_node, started_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(publicId, username, courseId, versionId, vignetteId, attemptId, fromTurn, fromNode, utc(now))
                .update();
    }

    Optional<Practice> byPublicId(String publicId) {
        return jdbc.sql("select " + COLUMNS + " from vignette_practice where public_id = ?")
                .param(publicId)
                .query((rs, n) -> practice(rs))
                .optional();
    }

    List<String> steps(long practiceId) {
        return jdbc.sql("select choice_id from vignette_practice_step where practice_id = ? order by step_no")
                .param(practiceId)
                .query(String.class)
                .list();
    }

    void addStep(long practiceId, int stepNo, String choiceId, Instant now) {
        jdbc.sql("insert into vignette_practice_step (practice_id, step_no, choice_id, taken_at) values (?, ?, ?, ?)")
                .params(practiceId, stepNo, choiceId, utc(now))
                .update();
    }

    /** Ends a replay once; false when it had ended already. */
    boolean finish(long practiceId, String endingId, Instant now) {
        return jdbc.sql(
                                "update vignette_practice set finished_at = ?, ending_id = ? where id = ? and finished_at is null")
                        .params(utc(now), endingId, practiceId)
                        .update()
                == 1;
    }

    /** Locks the replay's row until the transaction ends, so two tabs choosing at once take turns. */
    void lock(long practiceId) {
        jdbc.sql("select id from vignette_practice where id = ? for update")
                .param(practiceId)
                .query(Long.class)
                .single();
    }

    /**
     * Each replay of a user with when it began, when it was last used (its end, its last step, or its start) and
     * whether it reached an ending.
     */
    record Span(Instant startedAt, Instant lastAt, boolean finished) {}

    List<Span> spansBy(String username) {
        return jdbc.sql("""
                        select p.started_at, coalesce(p.finished_at, max(s.taken_at), p.started_at),
                        p.finished_at is not null
                        from vignette_practice p left join vignette_practice_step s on s.practice_id = p.id
                        where p.username = ? group by p.id, p.started_at, p.finished_at order by p.id""")
                .param(username)
                .query((rs, n) -> new Span(
                        instant(rs.getObject(1, OffsetDateTime.class)),
                        instant(rs.getObject(2, OffsetDateTime.class)),
                        rs.getBoolean(3)))
                .list();
    }

    // A person's own record, for VignettePracticePersonalData ("My data").

    /** Every replay of a user, in the order they began. */
    List<Practice> allBy(String username) {
        return jdbc.sql("select " + COLUMNS + " from vignette_practice where username = ? order by started_at, id")
                .param(username)
                .query((rs, n) -> practice(rs))
                .list();
    }

    /** Per replay of a user, its choices in order. */
    Map<Long, List<String>> stepsBy(String username) {
        Map<Long, List<String>> steps = new LinkedHashMap<>();
        jdbc.sql("""
                select s.practice_id, s.choice_id from vignette_practice_step s
                join vignette_practice p on p.id = s.practice_id
                where p.username = ? order by s.practice_id, s.step_no""").param(username).query(rs -> {
            steps.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
        });
        return steps;
    }

    /** The public id of the attempt each of a user's replays rewinds, by the attempt's internal id. */
    Map<Long, String> attemptIdsBy(String username) {
        Map<Long, String> ids = new LinkedHashMap<>();
        jdbc.sql("""
                select distinct a.id, a.public_id from vignette_practice p
                join vignette_attempt a on a.id = p.attempt_id where p.username = ?""").param(username).query(rs -> {
            ids.put(rs.getLong(1), rs.getString(2));
        });
        return ids;
    }

    /** Deletes every replay of a user: practice carries no grade anyone else relies on. */
    void deleteAllBy(String username) {
        jdbc.sql("delete from vignette_practice_step where practice_id in"
                        + " (select id from vignette_practice where username = ?)")
                .param(username)
                .update();
        jdbc.sql("delete from vignette_practice where username = ?")
                .param(username)
                .update();
    }

    private static Practice practice(ResultSet rs) throws SQLException {
        return new Practice(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getLong(5),
                rs.getString(6),
                rs.getLong(7),
                rs.getInt(8),
                rs.getString(9),
                instant(rs.getObject(10, OffsetDateTime.class)),
                instant(rs.getObject(11, OffsetDateTime.class)),
                rs.getString(12));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    @SuppressWarnings("NullAway")
    private static Instant instant(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
