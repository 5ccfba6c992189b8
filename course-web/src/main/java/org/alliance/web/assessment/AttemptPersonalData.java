package org.alliance.web.assessment;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alliance.web.account.PersonalData;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Assessment's share of "My data": every attempt with its answers, its answers chosen but not yet checked, and
 * its score. On deletion the attempts move to the alias with their answers and scores intact, so gradebooks and
 * item statistics keep an anonymous record of work that was graded; unchecked answers were never graded and
 * are deleted.
 */
@Component
class AttemptPersonalData implements PersonalData {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final JdbcClient jdbc;

    AttemptPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One attempt as exported; {@code id} is the public id its pages show. */
    record Attempt(String id, String courseId, String activityId, String contentHash, Instant startedAt,
            @Nullable Instant deadline, @Nullable Instant submittedAt, @Nullable Double score,
            List<Answer> answers, List<Unchecked> unchecked) {}

    /** One committed answer; the response as stored (a small JSON object with a type tag). */
    record Answer(String itemId, int tryNo, JsonNode response, Instant answeredAt) {}

    /** An answer saved while the attempt is open but not checked (yet); stored like an answer. */
    record Unchecked(String itemId, JsonNode response, Instant savedAt) {}

    @Override
    public String section() {
        return "attempts";
    }

    @Override
    public List<Attempt> export(String username) {
        Map<Long, List<Answer>> answers = new LinkedHashMap<>();
        jdbc.sql("""
                select a.attempt_id, a.item_id, a.try_no, a.response, a.answered_at
                from attempt_answer a join attempt t on t.id = a.attempt_id
                where t.username = ? order by a.attempt_id, a.item_id, a.try_no""")
                .param(username)
                .query(rs -> {
                    answers.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Answer(rs.getString(2),
                            rs.getInt(3), JSON.readTree(rs.getString(4)), instant(rs.getObject(5, OffsetDateTime.class))));
                });
        Map<Long, List<Unchecked>> unchecked = new LinkedHashMap<>();
        jdbc.sql("""
                select p.attempt_id, p.item_id, p.response, p.saved_at
                from attempt_pending p join attempt t on t.id = p.attempt_id
                where t.username = ? order by p.attempt_id, p.item_id""")
                .param(username)
                .query(rs -> {
                    unchecked.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Unchecked(
                            rs.getString(2), JSON.readTree(rs.getString(3)),
                            instant(rs.getObject(4, OffsetDateTime.class))));
                });
        return jdbc.sql("""
                select id, public_id, course_id, activity_id, content_hash, started_at, deadline, submitted_at, score
                from attempt where username = ? order by started_at, id""")
                .param(username)
                .query((rs, n) -> new Attempt(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        instant(rs.getObject(6, OffsetDateTime.class)), nullable(rs.getObject(7, OffsetDateTime.class)),
                        nullable(rs.getObject(8, OffsetDateTime.class)),
                        rs.getObject(9) == null ? null : rs.getDouble(9),
                        answers.getOrDefault(rs.getLong(1), List.of()),
                        unchecked.getOrDefault(rs.getLong(1), List.of())))
                .list();
    }

    @Override
    public void anonymise(String username, String alias) {
        jdbc.sql("delete from attempt_pending where attempt_id in (select id from attempt where username = ?)")
                .param(username).update();
        jdbc.sql("update attempt set username = ? where username = ?").params(alias, username).update();
    }

    private static Instant instant(OffsetDateTime time) {
        return time.toInstant();
    }

    private static @Nullable Instant nullable(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
