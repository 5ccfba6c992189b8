package org.alliance.web.scoringrule;

import java.time.Clock;
import java.util.List;
import org.alliance.web.assessment.QuizRescoring;
import org.alliance.web.persistence.StartupTask;
import org.alliance.web.vignette.VignetteRescoring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * On start, applies each scoring rule change to past attempts once: every automatic score is recomputed on
 * the version its attempt was taken on, under today's rules, through the quiz and vignette rescoring
 * services, which write an audit record (actor {@value #ACTOR}, reason the rule id) for each change. The
 * rule is then recorded, so it never runs again. A run cut short simply runs again: unchanged scores are
 * left alone.
 *
 * <p>{@value #FAIR_SCORES}: a branching path with a misstep scores below the best clean path even when
 * repaired, and best response is scored against the best available answer (docs/scoring.md).
 */
@Component
@Order(20)
class ScoringRuleUpgrade implements StartupTask {
    static final String FAIR_SCORES = "fair-scores-2026-12";
    static final String ACTOR = "system";
    private static final Logger log = LoggerFactory.getLogger(ScoringRuleUpgrade.class);

    private final ScoringRuleStore store;
    private final QuizRescoring quizzes;
    private final VignetteRescoring vignettes;
    private final Clock clock;

    ScoringRuleUpgrade(ScoringRuleStore store, QuizRescoring quizzes, VignetteRescoring vignettes, Clock clock) {
        this.store = store;
        this.quizzes = quizzes;
        this.vignettes = vignettes;
        this.clock = clock;
    }

    @Override
    public void run() {
        apply(FAIR_SCORES);
    }

    /** Applies one rule change unless it already ran; true when it ran now. */
    boolean apply(String ruleId) {
        if (store.applied(ruleId)) {
            return false;
        }
        // The rescoring services serve admins only; this start-up step acts as the system, as an admin would.
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                ACTOR,
                null,
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN"), new SimpleGrantedAuthority("ROLE_INSTRUCTOR"))));
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            int quizChanges = quizzes.rescoreUnderCurrentRules(ruleId);
            int vignetteChanges = vignettes.rescoreUnderCurrentRules(ruleId);
            store.record(ruleId, clock.instant(), quizChanges, vignetteChanges);
            log.info(
                    "Scoring rule {} applied to past attempts: {} quiz and {} vignette scores changed",
                    ruleId,
                    quizChanges,
                    vignetteChanges);
            return true;
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
