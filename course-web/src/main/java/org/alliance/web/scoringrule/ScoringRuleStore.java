package org.alliance.web.scoringrule;

import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which scoring rule upgrades have run. Private to this feature. */
@Repository
class ScoringRuleStore {
    private final JdbcClient jdbc;

    ScoringRuleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean applied(String ruleId) {
        return jdbc.sql("select count(*) from scoring_rule_upgrade where rule_id = ?")
                        .param(ruleId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void record(String ruleId, Instant now, int quizAttemptsChanged, int vignetteAttemptsChanged) {
        jdbc.sql("insert into scoring_rule_upgrade (rule_id, applied_at, quiz_attempts_changed,"
                        + " vignette_attempts_changed) values (?, ?, ?, ?)")
                .params(ruleId, now.atOffset(ZoneOffset.UTC), quizAttemptsChanged, vignetteAttemptsChanged)
                .update();
    }
}
