package org.alliance.web.xapi;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The xAPI tables: the users' opaque actor ids and the statement outbox. */
@Repository
class XapiStore {
    private final JdbcClient jdbc;

    XapiStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A statement as stored: its JSON and what the sender and the admin need beside it. */
    record Stored(
            long seq,
            String id,
            String username,
            String courseId,
            String body,
            Instant storedAt,
            @Nullable Instant sentAt,
            int tries,
            @Nullable String lastError,
            @Nullable Instant givenUpAt) {}

    /** The figures of the admin's status line. */
    record Counts(long stored, long sent, long waiting, long failing) {}

    Optional<String> actorId(String username) {
        return jdbc.sql("select actor_id from xapi_actor where username = ?")
                .param(username)
                .query(String.class)
                .optional();
    }

    /** Gives the user a new random actor id; refused (duplicate key) if another transaction gave one first. */
    void insertActor(String username) {
        jdbc.sql("insert into xapi_actor (username, actor_id) values (?, ?)")
                .params(username, UUID.randomUUID().toString())
                .update();
    }

    void insert(
            String id,
            String username,
            String courseId,
            String verb,
            @Nullable String gradeOf,
            String body,
            Instant storedAt) {
        jdbc.sql("insert into xapi_statement (id, username, course_id, verb, grade_of, body, stored_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(id, username, courseId, verb, gradeOf, body, utc(storedAt))
                .update();
    }

    /** The statement that carries an attempt's grade now (the latest not voided), with its JSON. */
    Optional<Stored> currentGrade(String attemptId) {
        return jdbc.sql(select()
                        + " where grade_of = ? and voided_by is null order by seq desc fetch first 1 rows only")
                .param(attemptId)
                .query(XapiStore::stored)
                .optional();
    }

    void markVoided(String id, String voidedBy) {
        jdbc.sql("update xapi_statement set voided_by = ? where id = ?")
                .params(voidedBy, id)
                .update();
    }

    /** Unsent statements due for a try, oldest first; those set aside as failing are left out. */
    List<Stored> due(Instant now, int limit) {
        return jdbc.sql(select() + " where sent_at is null and given_up_at is null"
                        + " and (next_try_at is null or next_try_at <= ?) order by seq fetch first " + limit
                        + " rows only")
                .param(utc(now))
                .query(XapiStore::stored)
                .list();
    }

    void markSent(List<Long> seqs, Instant at) {
        for (long seq : seqs) {
            jdbc.sql("update xapi_statement set sent_at = ?, next_try_at = null where seq = ?")
                    .params(utc(at), seq)
                    .update();
        }
    }

    /** A failed try: counted, its error kept, the next try not before {@code nextTry}. */
    void markFailed(long seq, int tries, String error, Instant nextTry) {
        jdbc.sql("update xapi_statement set tries = ?, last_error = ?, next_try_at = ? where seq = ?")
                .params(tries, clip(error), utc(nextTry), seq)
                .update();
    }

    /** Set aside after its last try: it no longer holds the others back; the admin sees it as failing. */
    void giveUp(long seq, int tries, String error, Instant at) {
        jdbc.sql("update xapi_statement set tries = ?, last_error = ?, given_up_at = ? where seq = ?")
                .params(tries, clip(error), utc(at), seq)
                .update();
    }

    List<Stored> storedBetween(Instant from, Instant to) {
        return jdbc.sql(select() + " where stored_at >= ? and stored_at < ? order by seq")
                .params(utc(from), utc(to))
                .query(XapiStore::stored)
                .list();
    }

    List<Stored> ofUser(String username) {
        return jdbc.sql(select() + " where username = ? order by seq")
                .param(username)
                .query(XapiStore::stored)
                .list();
    }

    Counts counts() {
        return jdbc.sql("select count(*), count(sent_at), count(case when sent_at is null and given_up_at is null"
                        + " then 1 end), count(given_up_at) from xapi_statement")
                .query((rs, n) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .single();
    }

    /** The latest error of a statement set aside, for the admin's status line. */
    Optional<String> lastFailure() {
        return jdbc.sql("select last_error from xapi_statement where given_up_at is not null"
                        + " order by given_up_at desc, seq desc fetch first 1 rows only")
                .query(String.class)
                .optional();
    }

    void deleteUser(String username) {
        jdbc.sql("delete from xapi_statement where username = ?")
                .param(username)
                .update();
        jdbc.sql("delete from xapi_actor where username = ?").param(username).update();
    }

    private static String select() {
        return "select seq, id, username, course_id, body, stored_at, sent_at, tries, last_error, given_up_at"
                + " from xapi_statement";
    }

    private static Stored stored(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Stored(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                instant(rs.getObject(6, OffsetDateTime.class)),
                instant(rs.getObject(7, OffsetDateTime.class)),
                rs.getInt(8),
                rs.getString(9),
                instant(rs.getObject(10, OffsetDateTime.class)));
    }

    private static String clip(String error) {
        return error.length() > 1000 ? error.substring(0, 1000) : error;
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
