package org.alliance.web.drill;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.alliance.core.model.Criterion;
import org.alliance.core.model.Drill;
import org.alliance.web.drill.DrillViews.FeedbackView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for responses sent for feedback and the instructors' answers. Private to the drill feature. */
@Repository
class DrillFeedbackStore {
    private final JdbcClient jdbc;

    DrillFeedbackStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the request once; asking again for the same response changes nothing. */
    void request(String tryId, Instant now) {
        boolean asked = jdbc.sql("select count(*) from drill_feedback where try_id = ?")
                        .param(tryId)
                        .query(Integer.class)
                        .single()
                > 0;
        if (!asked) {
            jdbc.sql("insert into drill_feedback (try_id, requested_at) values (?, ?)")
                    .params(tryId, DrillStore.utc(now))
                    .update();
        }
    }

    boolean requestedFor(String turnId) {
        return !requestedTries(turnId).isEmpty();
    }

    Set<String> requestedTries(String turnId) {
        return new HashSet<>(jdbc.sql("select f.try_id from drill_feedback f join drill_try t on t.id = f.try_id"
                        + " where t.turn_id = ?")
                .param(turnId)
                .query(String.class)
                .list());
    }

    /** The student's requests in one drill, newest first, with the instructor's answer where there is one. */
    List<FeedbackView> answersFor(String username, String courseId, Drill drill) {
        return jdbc.sql("select f.try_id, u.statement_id, t.response, f.requested_at, f.answered_at, f.met, f.comment"
                        + " from drill_feedback f join drill_try t on t.id = f.try_id"
                        + " join drill_turn u on u.id = t.turn_id join drill_round r on r.id = u.round_id"
                        + " where r.username = ? and r.course_id = ? and r.drill_id = ?"
                        + " order by f.requested_at desc")
                .params(username, courseId, drill.id())
                .query((rs, n) -> {
                    var statement = drill.statement(rs.getString(2));
                    List<Criterion> criteria = statement.map(drill::criteriaFor).orElse(List.of());
                    OffsetDateTime answered = rs.getObject(5, OffsetDateTime.class);
                    String metText = rs.getString(6);
                    Set<String> met = metText == null || metText.isEmpty() ? Set.of() : Set.of(metText.split(","));
                    return new FeedbackView(
                            rs.getString(1),
                            statement.map(s -> s.client()).orElse(""),
                            rs.getString(3),
                            DrillStore.instant(rs, 4),
                            Optional.ofNullable(answered).map(OffsetDateTime::toInstant),
                            criteria.stream().filter(c -> met.contains(c.id())).toList(),
                            answered == null
                                    ? List.of()
                                    : criteria.stream()
                                            .filter(c -> !met.contains(c.id()))
                                            .toList(),
                            rs.getString(7) == null ? "" : rs.getString(7));
                })
                .list();
    }
}
