package org.alliance.web.drill;

import java.time.Instant;
import java.util.List;
import org.alliance.core.model.Level;
import org.alliance.core.practice.Difficulty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL over a person's whole practice record: the practice log, My data's export and deletion. Private to the
 * drill feature.
 */
@Repository
class PracticeStore {
    private final JdbcClient jdbc;

    PracticeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One statement practised: where, at which level, and the seconds of all its tries together. */
    record Practised(String courseId, String drillId, Level level, int seconds) {}

    record Rated(Instant at, String courseId, String drillId, Level level, Difficulty difficulty) {}

    List<Practised> practised(String username) {
        return jdbc.sql("select r.course_id, r.drill_id, u.level, sum(t.active_seconds) from drill_round r"
                        + " join drill_turn u on u.round_id = r.id join drill_try t on t.turn_id = u.id"
                        + " where r.username = ? group by r.course_id, r.drill_id, u.level, u.id")
                .param(username)
                .query((rs, n) ->
                        new Practised(rs.getString(1), rs.getString(2), Level.valueOf(rs.getString(3)), rs.getInt(4)))
                .list();
    }

    List<Rated> ratings(String username) {
        return jdbc.sql("select u.rated_at, r.course_id, r.drill_id, u.level, u.difficulty from drill_turn u"
                        + " join drill_round r on r.id = u.round_id where r.username = ? and u.difficulty is not null"
                        + " order by u.rated_at")
                .param(username)
                .query((rs, n) -> new Rated(
                        DrillStore.instant(rs, 1),
                        rs.getString(2),
                        rs.getString(3),
                        Level.valueOf(rs.getString(4)),
                        Difficulty.valueOf(rs.getString(5))))
                .list();
    }

    /** Every try of a person, oldest first, with its statement, level, rating and any feedback, for the export. */
    List<DrillPersonalData.TryRecord> tries(String username) {
        return jdbc.sql("select r.course_id, r.drill_id, r.number, u.statement_id, u.level, u.difficulty,"
                        + " t.number, t.response, t.active_seconds, t.ticked, t.submitted_at, f.requested_at,"
                        + " f.comment from drill_round r join drill_turn u on u.round_id = r.id"
                        + " join drill_try t on t.turn_id = u.id left join drill_feedback f on f.try_id = t.id"
                        + " where r.username = ? order by t.submitted_at")
                .param(username)
                .query((rs, n) -> new DrillPersonalData.TryRecord(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getInt(7),
                        rs.getString(8),
                        rs.getInt(9),
                        rs.getString(10),
                        DrillStore.instant(rs, 11),
                        rs.getObject(12) != null,
                        rs.getString(13)))
                .list();
    }

    /** Deletes a person's rounds, turns, tries, feedback requests and spacing schedule. */
    void deleteAllOf(String username) {
        String rounds = "select id from drill_round where username = ?";
        String turns = "select id from drill_turn where round_id in (" + rounds + ")";
        String tries = "select id from drill_try where turn_id in (" + turns + ")";
        jdbc.sql("delete from drill_feedback where try_id in (" + tries + ")")
                .param(username)
                .update();
        jdbc.sql("delete from drill_try where turn_id in (" + turns + ")")
                .param(username)
                .update();
        jdbc.sql("delete from drill_turn where round_id in (" + rounds + ")")
                .param(username)
                .update();
        jdbc.sql("delete from drill_round where username = ?").param(username).update();
        jdbc.sql("delete from drill_box where username = ?").param(username).update();
    }

    /** An instructor's answers stay with the student, under the alias instead of the instructor's name. */
    void replaceAnswerer(String username, String alias) {
        jdbc.sql("update drill_feedback set answered_by = ? where answered_by = ?")
                .params(alias, username)
                .update();
    }
}
