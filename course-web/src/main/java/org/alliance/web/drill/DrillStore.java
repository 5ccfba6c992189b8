package org.alliance.web.drill;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.alliance.core.model.Level;
import org.alliance.core.practice.Box;
import org.alliance.core.practice.Difficulty;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for drill rounds, turns, tries and the spacing schedule. Private to the drill feature. */
@Repository
class DrillStore {
    private final JdbcClient jdbc;

    DrillStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Round(
            String id,
            String username,
            String courseId,
            String drillId,
            int number,
            Level startLevel,
            Instant startedAt,
            @Nullable Instant endedAt) {}

    record Turn(
            String id,
            String roundId,
            int position,
            String statementId,
            Level level,
            Instant shownAt,
            @Nullable Difficulty difficulty) {}

    record Try(
            String id,
            String turnId,
            int number,
            String response,
            int activeSeconds,
            List<String> ticked,
            Instant submittedAt) {}

    String startRound(String username, String courseId, String drillId, Level level, Instant now) {
        int number = jdbc.sql("select coalesce(max(number), 0) from drill_round"
                                + " where username = ? and course_id = ? and drill_id = ?")
                        .params(username, courseId, drillId)
                        .query(Integer.class)
                        .single()
                + 1;
        String id = UUID.randomUUID().toString();
        jdbc.sql("insert into drill_round (id, username, course_id, drill_id, number, start_level, started_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(id, username, courseId, drillId, number, level.name(), utc(now))
                .update();
        return id;
    }

    Optional<Round> openRound(String username, String courseId, String drillId) {
        return jdbc
                .sql(ROUND + " where username = ? and course_id = ? and drill_id = ? and ended_at is null"
                        + " order by number desc")
                .params(username, courseId, drillId)
                .query(DrillStore::round)
                .stream()
                .findFirst();
    }

    Optional<Round> round(String roundId) {
        return jdbc.sql(ROUND + " where id = ?")
                .param(roundId)
                .query(DrillStore::round)
                .optional();
    }

    /** The round before the given number, if any: where a new round takes up the level. */
    Optional<Round> lastEndedRound(String username, String courseId, String drillId) {
        return jdbc
                .sql(ROUND + " where username = ? and course_id = ? and drill_id = ? and ended_at is not null"
                        + " order by number desc")
                .params(username, courseId, drillId)
                .query(DrillStore::round)
                .stream()
                .findFirst();
    }

    void endRound(String roundId, Instant now) {
        jdbc.sql("update drill_round set ended_at = ? where id = ? and ended_at is null")
                .params(utc(now), roundId)
                .update();
    }

    String addTurn(String roundId, int position, String statementId, Level level, Instant now) {
        String id = UUID.randomUUID().toString();
        jdbc.sql("insert into drill_turn (id, round_id, position, statement_id, level, shown_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(id, roundId, position, statementId, level.name(), utc(now))
                .update();
        return id;
    }

    List<Turn> turns(String roundId) {
        return jdbc.sql(TURN + " where round_id = ? order by position")
                .param(roundId)
                .query(DrillStore::turn)
                .list();
    }

    Optional<Turn> turn(String turnId) {
        return jdbc.sql(TURN + " where id = ?")
                .param(turnId)
                .query(DrillStore::turn)
                .optional();
    }

    /** Rates a turn once; false when it was rated already (a second click, another tab). */
    boolean rate(String turnId, Difficulty difficulty, Instant now) {
        return jdbc.sql("update drill_turn set difficulty = ?, rated_at = ? where id = ? and difficulty is null")
                        .params(difficulty.name(), utc(now), turnId)
                        .update()
                == 1;
    }

    String addTry(String turnId, String response, int activeSeconds, Instant now) {
        int number = jdbc.sql("select coalesce(max(number), 0) from drill_try where turn_id = ?")
                        .param(turnId)
                        .query(Integer.class)
                        .single()
                + 1;
        String id = UUID.randomUUID().toString();
        jdbc.sql("insert into drill_try (id, turn_id, number, response, active_seconds, ticked, submitted_at)"
                        + " values (?, ?, ?, ?, ?, '', ?)")
                .params(id, turnId, number, response, activeSeconds, utc(now))
                .update();
        return id;
    }

    List<Try> tries(String turnId) {
        return jdbc.sql(TRY + " where turn_id = ? order by number")
                .param(turnId)
                .query(DrillStore::attempt)
                .list();
    }

    Optional<Try> attempt(String tryId) {
        return jdbc.sql(TRY + " where id = ?")
                .param(tryId)
                .query(DrillStore::attempt)
                .optional();
    }

    void tick(String tryId, List<String> criteria) {
        jdbc.sql("update drill_try set ticked = ? where id = ?")
                .params(String.join(",", criteria), tryId)
                .update();
    }

    Map<String, Box> boxes(String username, String courseId, String drillId) {
        Map<String, Box> boxes = new HashMap<>();
        jdbc.sql("select statement_id, box, due_round from drill_box where username = ? and course_id = ?"
                        + " and drill_id = ?")
                .params(username, courseId, drillId)
                .query(rs -> {
                    boxes.put(rs.getString(1), new Box(rs.getInt(2), rs.getInt(3)));
                });
        return boxes;
    }

    void putBox(String username, String courseId, String drillId, String statementId, Box box) {
        int updated = jdbc.sql("update drill_box set box = ?, due_round = ? where username = ? and course_id = ?"
                        + " and drill_id = ? and statement_id = ?")
                .params(box.box(), box.dueRound(), username, courseId, drillId, statementId)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into drill_box (username, course_id, drill_id, statement_id, box, due_round)"
                            + " values (?, ?, ?, ?, ?, ?)")
                    .params(username, courseId, drillId, statementId, box.box(), box.dueRound())
                    .update();
        }
    }

    /** Drill id to when the student first sent a response in it, for one course: what completion needs. */
    Map<String, Instant> firstTries(String username, String courseId) {
        Map<String, Instant> first = new HashMap<>();
        jdbc.sql("select r.drill_id, min(t.submitted_at) from drill_round r join drill_turn u on u.round_id = r.id"
                        + " join drill_try t on t.turn_id = u.id where r.username = ? and r.course_id = ?"
                        + " group by r.drill_id")
                .params(username, courseId)
                .query(rs -> {
                    first.put(
                            rs.getString(1),
                            rs.getObject(2, OffsetDateTime.class).toInstant());
                });
        return first;
    }

    private static final String ROUND =
            "select id, username, course_id, drill_id, number, start_level, started_at, ended_at from drill_round";
    private static final String TURN =
            "select id, round_id, position, statement_id, level, shown_at, difficulty from drill_turn";
    private static final String TRY =
            "select id, turn_id, number, response, active_seconds, ticked, submitted_at from drill_try";

    private static Round round(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Round(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getInt(5),
                Level.valueOf(rs.getString(6)),
                instant(rs, 7),
                rs.getObject(8) == null ? null : instant(rs, 8));
    }

    private static Turn turn(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String difficulty = rs.getString(7);
        return new Turn(
                rs.getString(1),
                rs.getString(2),
                rs.getInt(3),
                rs.getString(4),
                Level.valueOf(rs.getString(5)),
                instant(rs, 6),
                difficulty == null ? null : Difficulty.valueOf(difficulty));
    }

    private static Try attempt(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String ticked = rs.getString(6);
        return new Try(
                rs.getString(1),
                rs.getString(2),
                rs.getInt(3),
                rs.getString(4),
                rs.getInt(5),
                ticked.isEmpty() ? List.of() : List.of(ticked.split(",")),
                instant(rs, 7));
    }

    static Instant instant(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
