package org.alliance.web.vignette;

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

/**
 * The vignette feature's share of "My data": every vignette attempt with its choices, answers, free text,
 * self-assessment and note. On deletion the attempts move to the alias with scores kept, and the free text
 * and notes, which are the person's own words, are removed.
 */
@Component
class VignettePersonalData implements PersonalData {
    private final JdbcClient jdbc;

    VignettePersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Attempt(String id, String courseId, String vignetteId, String contentHash, Instant startedAt,
            @Nullable Instant finishedAt, boolean excused, @Nullable Double score, @Nullable String chosenOption,
            @Nullable String ratings, @Nullable String freeText, @Nullable String selfAssessment,
            @Nullable String explanation, List<String> choices) {}

    @Override
    public String section() {
        return "vignetteAttempts";
    }

    @Override
    public List<Attempt> export(String username) {
        Map<Long, List<String>> steps = new LinkedHashMap<>();
        jdbc.sql("""
                select s.attempt_id, s.choice_id from vignette_step s join vignette_attempt a on a.id = s.attempt_id
                where a.username = ? order by s.attempt_id, s.step_no""")
                .param(username)
                .query(rs -> {
                    steps.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return jdbc.sql("""
                select id, public_id, course_id, vignette_id, content_hash, started_at, finished_at, excused, score,
                       chosen_option, ratings, free_text, self_assessment, explanation
                from vignette_attempt where username = ? order by started_at, id""")
                .param(username)
                .query((rs, n) -> new Attempt(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getObject(6, OffsetDateTime.class).toInstant(), instant(rs.getObject(7, OffsetDateTime.class)),
                        rs.getBoolean(8), rs.getObject(9) == null ? null : rs.getDouble(9), rs.getString(10),
                        rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14),
                        steps.getOrDefault(rs.getLong(1), List.of())))
                .list();
    }

    @Override
    public void anonymise(String username, String alias) {
        jdbc.sql("update vignette_attempt set username = ?, free_text = null, self_assessment = null,"
                        + " explanation = null where username = ?")
                .params(alias, username).update();
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
