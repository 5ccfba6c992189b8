package org.alliance.web.drill;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.alliance.core.model.Level;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL over a whole course's practice, for its teachers: the practice report and the gradebook export. */
@Repository
class DrillReportStore {
    private final JdbcClient jdbc;

    DrillReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One statement practised (a turn with at least one try): its level and the seconds of its tries. */
    record Statement(String username, String drillId, Level level, int seconds) {}

    /** Rounds started, per student and drill. */
    record Rounds(String username, String drillId, int rounds) {}

    /** Responses sent for feedback, per student and drill, open and answered. */
    record Requests(String username, String drillId, int open, int answered) {}

    List<Statement> statements(String courseId) {
        return jdbc.sql("select r.username, r.drill_id, u.level, sum(t.active_seconds) from drill_round r"
                        + " join drill_turn u on u.round_id = r.id join drill_try t on t.turn_id = u.id"
                        + " where r.course_id = ? group by r.username, r.drill_id, u.id, u.level")
                .param(courseId)
                .query((rs, n) ->
                        new Statement(rs.getString(1), rs.getString(2), Level.valueOf(rs.getString(3)), rs.getInt(4)))
                .list();
    }

    List<Rounds> rounds(String courseId) {
        return jdbc.sql("select username, drill_id, count(*) from drill_round where course_id = ?"
                        + " group by username, drill_id")
                .param(courseId)
                .query((rs, n) -> new Rounds(rs.getString(1), rs.getString(2), rs.getInt(3)))
                .list();
    }

    List<Requests> requests(String courseId) {
        return jdbc.sql("select r.username, r.drill_id,"
                        + " sum(case when f.answered_at is null then 1 else 0 end),"
                        + " sum(case when f.answered_at is null then 0 else 1 end)"
                        + " from drill_feedback f join drill_try t on t.id = f.try_id"
                        + " join drill_turn u on u.id = t.turn_id join drill_round r on r.id = u.round_id"
                        + " where r.course_id = ? group by r.username, r.drill_id")
                .param(courseId)
                .query((rs, n) -> new Requests(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4)))
                .list();
    }

    /**
     * Statements practised per student and drill, for the given students only, in one query: username to drill
     * id to count. Students with none are absent.
     */
    Map<String, Map<String, Integer>> statementsPractised(String courseId, Collection<String> usernames) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        if (usernames.isEmpty()) {
            return counts;
        }
        jdbc.sql("select r.username, r.drill_id, count(distinct u.id) from drill_round r"
                        + " join drill_turn u on u.round_id = r.id"
                        + " where r.course_id = :course and r.username in (:names)"
                        + " and exists (select 1 from drill_try t where t.turn_id = u.id)"
                        + " group by r.username, r.drill_id")
                .param("course", courseId)
                .param("names", usernames)
                .query(rs -> {
                    counts.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                            .put(rs.getString(2), rs.getInt(3));
                });
        return counts;
    }
}
