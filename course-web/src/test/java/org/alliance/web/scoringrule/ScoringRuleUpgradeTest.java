package org.alliance.web.scoringrule;

import static org.alliance.web.TestUsers.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.alliance.core.model.BranchingVignette;
import org.alliance.core.scoring.branching.BranchingPlayer;
import org.alliance.core.scoring.branching.Replay;
import org.alliance.web.AllianceTest;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.catalog.TestCourses;
import org.alliance.web.vignette.VignetteAttempts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/** The one-off step that applies a scoring rule change to past attempts, audited, once. */
@AllianceTest
class ScoringRuleUpgradeTest {
    private static final String COURSE = "scoring-rule-test";
    private static final String NOD = "v6-you-just-nod";
    /** A misstep (defending), a repair, then the clean moves: 1.000 under the old rule's cap. */
    private static final List<String> REPAIRED = List.of("a", "b", "a", "a");

    @Autowired
    ApplicationContext context;

    @Autowired
    ScoringRuleUpgrade upgrade;

    @Autowired
    VignetteAttempts vignettes;

    @Autowired
    CourseCatalog catalog;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private double score(String publicId) {
        return jdbc.sql("select score from vignette_attempt where public_id = ?")
                .param(publicId)
                .query(Double.class)
                .single();
    }

    @Test
    void the_fair_score_rule_ran_once_at_start() {
        assertThat(jdbc.sql("select count(*) from scoring_rule_upgrade where rule_id = ?")
                        .param(ScoringRuleUpgrade.FAIR_SCORES)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(upgrade.apply(ScoringRuleUpgrade.FAIR_SCORES))
                .as("never twice")
                .isFalse();
    }

    @Test
    void a_repaired_misstep_scored_one_under_the_old_rule_is_rescored_below_one_with_an_audit_record() {
        var published = TestCourses.publish(
                context,
                TestCourses.files(Path.of("../content/courses/therapeutic-relationship"), COURSE),
                "instructor");
        var nod = (BranchingVignette) published.course().activity(NOD).orElseThrow();
        var scale = published.course().rubric().scale();
        signIn("sr-repairer", "STUDENT");
        catalog.enrol(COURSE, null);
        String attempt = vignettes.start(COURSE, NOD);
        REPAIRED.forEach(choice -> vignettes.choose(attempt, choice));
        double fair = ((Replay.Finished) BranchingPlayer.replay(nod, REPAIRED, scale))
                .score()
                .score();
        assertThat(fair).as("the fair rule").isLessThan(1.0);
        assertThat(score(attempt)).as("scored under today's rule when taken").isEqualTo(fair);
        // As the attempt was stored before the rule changed: the bonus had lifted it to the cap.
        jdbc.sql("update vignette_attempt set score = 1.0 where public_id = ?")
                .param(attempt)
                .update();
        SecurityContextHolder.clearContext();

        assertThat(upgrade.apply("test-rule-a")).isTrue();

        assertThat(score(attempt)).isEqualTo(fair);
        assertThat(jdbc.sql("select count(*) from vignette_rescore_audit a join vignette_attempt t"
                                + " on t.id = a.attempt_id where t.public_id = ? and a.actor = 'system' and a.reason = ?"
                                + " and a.old_score = 1.0 and a.from_version_id = a.to_version_id")
                        .params(attempt, "test-rule-a")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select vignette_attempts_changed from scoring_rule_upgrade where rule_id = ?")
                        .param("test-rule-a")
                        .query(Integer.class)
                        .single())
                .isGreaterThanOrEqualTo(1);
        assertThat(SecurityContextHolder.getContext().getAuthentication())
                .as("the system leaves no sign-in behind")
                .isNull();

        assertThat(upgrade.apply("test-rule-a")).as("a rule runs once").isFalse();
        assertThat(upgrade.apply("test-rule-b")).isTrue();
        assertThat(jdbc.sql("select vignette_attempts_changed from scoring_rule_upgrade where rule_id = ?")
                        .param("test-rule-b")
                        .query(Integer.class)
                        .single())
                .as("nothing left to change")
                .isZero();
    }
}
