package org.alliance.web.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alliance.core.grading.AttemptFact;
import org.alliance.core.scoring.Response;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * SQL for attempts and their answers: the student's own play, teachers' reads (through {@link QuizResults}) and
 * "My data" (through {@link AttemptPersonalData}). Private to the assessment feature.
 */
@Repository
class AttemptStore {
    private final JdbcClient jdbc;

    AttemptStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(
            long id,
            String publicId,
            String username,
            String courseId,
            long versionId,
            String contentHash,
            String activityId,
            long seed,
            Instant startedAt,
            @Nullable Instant deadline,
            @Nullable Instant submittedAt,
            @Nullable Double score) {

        boolean submitted() {
            return submittedAt != null;
        }

        /** This attempt as the activity status rule reads it. */
        AttemptFact fact() {
            return AttemptFact.quiz(submittedAt, score);
        }
    }

    private static final String COLUMNS = "id, public_id, username, course_id, version_id, content_hash,"
            + " activity_id, seed, started_at, deadline, submitted_at, score";

    /**
     * A new attempt, numbered among the student's attempts at the activity; a number already taken (another tab
     * started the same attempt a moment before) fails with {@link org.springframework.dao.DuplicateKeyException}.
     */
    long insert(
            String publicId,
            String username,
            String courseId,
            long versionId,
            String contentHash,
            String activityId,
            int attemptNo,
            long seed,
            Instant startedAt,
            @Nullable Instant deadline) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into attempt (public_id, username, course_id, version_id, content_hash, activity_id,"
                        + " attempt_no, seed, started_at, deadline) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        publicId,
                        username,
                        courseId,
                        versionId,
                        contentHash,
                        activityId,
                        attemptNo,
                        seed,
                        utc(startedAt),
                        deadline == null ? null : utc(deadline))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    Optional<Row> byPublicId(String publicId) {
        return jdbc.sql("select " + COLUMNS + " from attempt where public_id = ?")
                .param(publicId)
                .query((rs, n) -> row(rs))
                .optional();
    }

    List<Row> forActivity(String username, String courseId, String activityId) {
        return jdbc.sql("select " + COLUMNS + " from attempt where username = ? and course_id = ? and activity_id = ?"
                        + " order by id")
                .params(username, courseId, activityId)
                .query((rs, n) -> row(rs))
                .list();
    }

    /** Open attempts whose deadline has passed, oldest deadline first, at most {@code limit}: the expiry job's. */
    List<Row> openPastDeadline(Instant now, int limit) {
        return jdbc.sql("select " + COLUMNS + " from attempt where submitted_at is null and deadline <= ?"
                        + " order by deadline, id fetch first " + limit + " rows only")
                .param(utc(now))
                .query((rs, n) -> row(rs))
                .list();
    }

    /** Every attempt of a user at a course's quizzes, open ones included, in the order they began. */
    List<Row> inCourse(String username, String courseId) {
        return jdbc.sql("select " + COLUMNS + " from attempt where username = ? and course_id = ? order by id")
                .params(username, courseId)
                .query((rs, n) -> row(rs))
                .list();
    }

    /** Every submitted attempt of a user, oldest first. */
    List<Row> submittedBy(String username) {
        return jdbc.sql("select " + COLUMNS + " from attempt where username = ? and submitted_at is not null"
                        + " order by submitted_at, id")
                .param(username)
                .query((rs, n) -> row(rs))
                .list();
    }

    /** Every submitted attempt at a course's quizzes, by anyone. For teachers' tools only. */
    List<Row> submittedInCourse(String courseId) {
        return jdbc.sql("select " + COLUMNS + " from attempt where course_id = ? and submitted_at is not null"
                        + " order by id")
                .param(courseId)
                .query((rs, n) -> row(rs))
                .list();
    }

    /** Submitted attempts of every course, oldest first: for a scoring rule upgrade only. */
    List<Row> submittedEverywhere() {
        return jdbc.sql("select " + COLUMNS + " from attempt where submitted_at is not null order by id")
                .query((rs, n) -> row(rs))
                .list();
    }

    /** A new score, with its audit record; {@code reason} names a changed scoring rule, null for a key fix. */
    /**
     * For each attempt rescored after a key fix, the version whose keys its score now reflects (the latest
     * rescoring's target); attempts never rescored are absent and scored on the version they were taken on.
     */
    Map<Long, Long> keysVersions() {
        Map<Long, Long> versions = new HashMap<>();
        jdbc.sql("select attempt_id, to_version_id from rescore_audit order by id")
                .query(rs -> {
                    versions.put(rs.getLong(1), rs.getLong(2));
                });
        return versions;
    }

    void rescore(
            long attemptId,
            double score,
            String actor,
            long fromVersion,
            long toVersion,
            @Nullable Double oldScore,
            @Nullable String reason,
            Instant now) {
        jdbc.sql("update attempt set score = ? where id = ?")
                .params(score, attemptId)
                .update();
        jdbc.sql("insert into rescore_audit (attempt_id, actor, at, from_version_id, to_version_id, old_score,"
                        + " new_score, reason) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(attemptId, actor, utc(now), fromVersion, toVersion, oldScore, score, reason)
                .update();
    }

    /** Item id to its committed answers in order. */
    Map<String, List<Response>> answers(long attemptId) {
        Map<String, List<Response>> answers = new LinkedHashMap<>();
        jdbc.sql("select item_id, response from attempt_answer where attempt_id = ? order by item_id, try_no")
                .param(attemptId)
                .query(rs -> {
                    answers.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(ResponseCodec.decode(rs.getString(2)));
                });
        return answers;
    }

    void replaceAnswer(long attemptId, String itemId, Response response, Instant now) {
        jdbc.sql("delete from attempt_answer where attempt_id = ? and item_id = ?")
                .params(attemptId, itemId)
                .update();
        addTry(attemptId, itemId, 1, response, now);
    }

    void addTry(long attemptId, String itemId, int tryNo, Response response, Instant now) {
        jdbc.sql("insert into attempt_answer (attempt_id, item_id, try_no, response, answered_at)"
                        + " values (?, ?, ?, ?, ?)")
                .params(attemptId, itemId, tryNo, ResponseCodec.encode(response), utc(now))
                .update();
    }

    /** Removes an item's committed answer (deferred behaviour, when the student clears it). */
    void deleteAnswer(long attemptId, String itemId) {
        jdbc.sql("delete from attempt_answer where attempt_id = ? and item_id = ?")
                .params(attemptId, itemId)
                .update();
    }

    /** Item id to the entry saved but not committed (an interactive answer not checked yet). */
    Map<String, Response> pending(long attemptId) {
        Map<String, Response> pending = new LinkedHashMap<>();
        jdbc.sql("select item_id, response from attempt_pending where attempt_id = ? order by item_id")
                .param(attemptId)
                .query(rs -> {
                    pending.put(rs.getString(1), ResponseCodec.decode(rs.getString(2)));
                });
        return pending;
    }

    void keepPending(long attemptId, String itemId, Response entry, Instant now) {
        dropPending(attemptId, itemId);
        jdbc.sql("insert into attempt_pending (attempt_id, item_id, response, saved_at) values (?, ?, ?, ?)")
                .params(attemptId, itemId, ResponseCodec.encode(entry), utc(now))
                .update();
    }

    void dropPending(long attemptId, String itemId) {
        jdbc.sql("delete from attempt_pending where attempt_id = ? and item_id = ?")
                .params(attemptId, itemId)
                .update();
    }

    void dropAllPending(long attemptId) {
        jdbc.sql("delete from attempt_pending where attempt_id = ?")
                .param(attemptId)
                .update();
    }

    /**
     * Locks the attempt's row until the transaction ends, so two submissions (two tabs, or a click racing the
     * deadline) cannot both check the pending entries; true if it is still open.
     */
    boolean lockOpen(long attemptId) {
        return jdbc.sql("select submitted_at from attempt where id = ? for update")
                .param(attemptId)
                .query((rs, n) -> rs.getObject(1) == null)
                .single();
    }

    /** Marks the attempt submitted with its score; false if it was submitted already (a second click). */
    boolean submit(long attemptId, double score, Instant now) {
        return jdbc.sql("update attempt set submitted_at = ?, score = ? where id = ? and submitted_at is null")
                        .params(utc(now), score, attemptId)
                        .update()
                == 1;
    }

    // Teachers' reads, for QuizResults: what a grade needs, never an answer or a public id.

    private static final String RECORD_COLUMNS = "username, activity_id, version_id, started_at, submitted_at, score";

    /** Every attempt of the given users at a course's quizzes, open ones included, in the order they began. */
    List<QuizResults.QuizRecord> records(String courseId, Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + RECORD_COLUMNS + " from attempt where course_id = :course"
                        + " and username in (:names) order by id")
                .param("course", courseId)
                .param("names", usernames)
                .query((rs, n) -> record(rs))
                .list();
    }

    /** Every attempt of one user at a course's quizzes, open ones included, oldest first. */
    List<QuizResults.QuizRecord> recordsOf(String courseId, String username) {
        return jdbc.sql("select " + RECORD_COLUMNS + " from attempt where course_id = ? and username = ?"
                        + " order by started_at, id")
                .params(courseId, username)
                .query((rs, n) -> record(rs))
                .list();
    }

    /**
     * Per user, in username order, the committed answers of their latest submitted attempt at one quiz (last
     * submitted, then last begun): what item analysis counts. One query, the latest attempt chosen in SQL and its
     * answers joined to it; each distinct stored response is decoded once (responses are immutable values).
     */
    List<QuizResults.SubmittedAnswers> latestSubmittedAnswers(String courseId, String quizId) {
        record Latest(String username, long versionId, Map<String, List<Response>> answers) {}
        Map<Long, Latest> latest = new LinkedHashMap<>();
        Map<String, Response> decoded = new HashMap<>();
        jdbc.sql("""
                select t.id, t.username, t.version_id, a.item_id, a.response
                from attempt t left join attempt_answer a on a.attempt_id = t.id
                where t.course_id = ? and t.activity_id = ? and t.submitted_at is not null
                and not exists (select 1 from attempt u where u.username = t.username and u.course_id = t.course_id
                    and u.activity_id = t.activity_id and u.submitted_at is not null
                    and (u.submitted_at > t.submitted_at or u.submitted_at = t.submitted_at and u.id > t.id))
                order by t.id, a.item_id, a.try_no""").params(courseId, quizId).query(rs -> {
            long id = rs.getLong(1);
            var attempt = latest.get(id);
            if (attempt == null) {
                attempt = new Latest(rs.getString(2), rs.getLong(3), new LinkedHashMap<>());
                latest.put(id, attempt);
            }
            String item = rs.getString(4);
            if (item != null) {
                attempt.answers()
                        .computeIfAbsent(item, k -> new ArrayList<>())
                        .add(decoded.computeIfAbsent(rs.getString(5), ResponseCodec::decode));
            }
        });
        return latest.values().stream()
                .sorted(Comparator.comparing(Latest::username))
                .map(l -> new QuizResults.SubmittedAnswers(l.username(), l.versionId(), l.answers()))
                .toList();
    }

    /** How many submitted attempts at a course's quizzes there are and the largest id among them. */
    String submittedStamp(String courseId) {
        return jdbc.sql("select count(*), coalesce(max(id), 0) from attempt where course_id = ?"
                        + " and submitted_at is not null")
                .param(courseId)
                .query((rs, n) -> rs.getLong(1) + ":" + rs.getLong(2))
                .single();
    }

    // A person's own record, for AttemptPersonalData ("My data").

    /** Every attempt of a user, in the order they began. */
    List<Row> allBy(String username) {
        return jdbc.sql("select " + COLUMNS + " from attempt where username = ? order by started_at, id")
                .param(username)
                .query((rs, n) -> row(rs))
                .list();
    }

    /** Per attempt of a user, its committed answers as stored, by item and try. */
    Map<Long, List<AttemptPersonalData.Answer>> answersBy(String username) {
        Map<Long, List<AttemptPersonalData.Answer>> answers = new LinkedHashMap<>();
        jdbc.sql("""
                select a.attempt_id, a.item_id, a.try_no, a.response, a.answered_at
                from attempt_answer a join attempt t on t.id = a.attempt_id
                where t.username = ? order by a.attempt_id, a.item_id, a.try_no""").param(username).query(rs -> {
            answers.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(new AttemptPersonalData.Answer(
                            rs.getString(2),
                            rs.getInt(3),
                            rs.getString(4),
                            instant(rs.getObject(5, OffsetDateTime.class))));
        });
        return answers;
    }

    /** Per attempt of a user, the entries saved but not checked, as stored, by item. */
    Map<Long, List<AttemptPersonalData.Unchecked>> pendingBy(String username) {
        Map<Long, List<AttemptPersonalData.Unchecked>> pending = new LinkedHashMap<>();
        jdbc.sql("""
                select p.attempt_id, p.item_id, p.response, p.saved_at
                from attempt_pending p join attempt t on t.id = p.attempt_id
                where t.username = ? order by p.attempt_id, p.item_id""").param(username).query(rs -> {
            pending.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(new AttemptPersonalData.Unchecked(
                            rs.getString(2), rs.getString(3), instant(rs.getObject(4, OffsetDateTime.class))));
        });
        return pending;
    }

    /** Deletes every entry saved but not checked in any attempt of a user. */
    void dropAllPendingOf(String username) {
        jdbc.sql("delete from attempt_pending where attempt_id in (select id from attempt where username = ?)")
                .param(username)
                .update();
    }

    /** Moves every attempt of a user, with its answers and score, to another name. */
    void reassign(String username, String alias) {
        jdbc.sql("update attempt set username = ? where username = ?")
                .params(alias, username)
                .update();
    }

    private static QuizResults.QuizRecord record(ResultSet rs) throws SQLException {
        return new QuizResults.QuizRecord(
                rs.getString(1),
                rs.getString(2),
                rs.getLong(3),
                instant(rs.getObject(4, OffsetDateTime.class)),
                instant(rs.getObject(5, OffsetDateTime.class)),
                rs.getObject(6) == null ? null : rs.getDouble(6));
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getLong(5),
                rs.getString(6),
                rs.getString(7),
                rs.getLong(8),
                instant(rs.getObject(9, OffsetDateTime.class)),
                instant(rs.getObject(10, OffsetDateTime.class)),
                instant(rs.getObject(11, OffsetDateTime.class)),
                rs.getObject(12) == null ? null : rs.getDouble(12));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    @SuppressWarnings("NullAway")
    private static Instant instant(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
