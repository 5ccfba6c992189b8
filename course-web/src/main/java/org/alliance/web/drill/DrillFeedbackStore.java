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
import org.jspecify.annotations.Nullable;
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

    /**
     * A response sent for feedback, with where it came from and the answer it has, if any ({@code answeredBy},
     * {@code answeredAt} and {@code comment} are null while it is open).
     */
    record Sent(
            String tryId,
            String username,
            String courseId,
            String drillId,
            String statementId,
            String response,
            Instant requestedAt,
            @Nullable String answeredBy,
            @Nullable Instant answeredAt,
            List<String> met,
            @Nullable String comment) {}

    private static final String SENT = "select f.try_id, r.username, r.course_id, r.drill_id, u.statement_id,"
            + " t.response, f.requested_at, f.answered_by, f.answered_at, f.met, f.comment"
            + " from drill_feedback f join drill_try t on t.id = f.try_id"
            + " join drill_turn u on u.id = t.turn_id join drill_round r on r.id = u.round_id";

    Optional<Sent> sent(String tryId) {
        return jdbc.sql(SENT + " where f.try_id = ?")
                .param(tryId)
                .query(DrillFeedbackStore::sent)
                .optional();
    }

    /** Every request in a course, in no particular order (the service orders them). */
    List<Sent> sentIn(String courseId) {
        return jdbc.sql(SENT + " where r.course_id = ?")
                .param(courseId)
                .query(DrillFeedbackStore::sent)
                .list();
    }

    /** Writes an instructor's answer over any earlier one: one answer per request, the latest. */
    void answer(String tryId, String by, Instant at, List<String> met, String comment) {
        jdbc.sql("update drill_feedback set answered_by = ?, answered_at = ?, met = ?, comment = ?, seen_at = null"
                        + " where try_id = ?")
                .params(by, DrillStore.utc(at), String.join(",", met), comment, tryId)
                .update();
    }

    private static Sent sent(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String met = rs.getString(10);
        OffsetDateTime answered = rs.getObject(9, OffsetDateTime.class);
        return new Sent(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                DrillStore.instant(rs, 7),
                rs.getString(8),
                answered == null ? null : answered.toInstant(),
                met == null || met.isEmpty() ? List.of() : List.of(met.split(",")),
                rs.getString(11));
    }
}
