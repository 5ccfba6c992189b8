package org.alliance.web.vignette;

import static org.alliance.web.TestUsers.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.alliance.core.model.BranchingVignette;
import org.alliance.core.scoring.branching.BranchingBounds;
import org.alliance.web.AllianceTest;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.catalog.TestCourses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/** A response's ratings fixed in a new version; past vignette attempts rescored with an audit record. */
@AllianceTest
class VignetteRescoringTest {
    private static final String COURSE = "vignette-rescore-test";
    private static final String BEST = "v3-empathy-or-sympathy";
    private static final String PATH = "vignettes/" + BEST + ".yaml";
    private static final String SYMPATHY = "ratings: {d1-empathic-accuracy: 2, d2-warmth: 3, d6-timing: 3}";

    @Autowired
    ApplicationContext context;

    @Autowired
    VignetteRescoring rescoring;

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
    void fixed_ratings_rescore_past_choices_audit_each_change_and_leave_other_attempts_alone() {
        // The bundled course under a new id, so the test owns its versions.
        var files = TestCourses.files(Path.of("../content/courses/therapeutic-relationship"), COURSE);
        assertThat(files.get(PATH)).contains(SYMPATHY);
        var v1 = TestCourses.publish(context, files, "instructor");

        signIn("vr-sympathiser", "STUDENT");
        catalog.enrol(COURSE, null);
        String sympathy = vignettes.start(COURSE, BEST);
        vignettes.pick(sympathy, "a");
        double before = score(sympathy);

        signIn("vr-agreer", "STUDENT");
        catalog.enrol(COURSE, null);
        String agreement = vignettes.start(COURSE, BEST);
        vignettes.pick(agreement, "b");

        signIn("vr-walker", "STUDENT");
        catalog.enrol(COURSE, null);
        var branching =
                (BranchingVignette) v1.course().activity("v6-diary-withdrawal").orElseThrow();
        String walk = vignettes.start(COURSE, "v6-diary-withdrawal");
        for (String choice : BranchingBounds.of(branching, v1.course().rubric().scale())
                .orElseThrow()
                .bestPath()) {
            vignettes.choose(walk, choice);
        }
        double walked = score(walk);

        // The fix: option A was rated too low on empathic accuracy; option B is withdrawn and replaced.
        files.put(
                PATH,
                files.get(PATH)
                        .replace(SYMPATHY, "ratings: {d1-empathic-accuracy: 4, d2-warmth: 3, d6-timing: 3}")
                        .replace("  - id: b\n", "  - id: b2\n"));
        var v2 = TestCourses.publish(context, files, "instructor");

        signIn("instructor", "INSTRUCTOR");
        var preview = rescoring.preview(COURSE, v2.versionId());
        assertThat(preview.notReplayable()).as("option b no longer exists").isEqualTo(1);
        assertThat(preview.changes()).singleElement().satisfies(c -> {
            assertThat(c.username()).isEqualTo("vr-sympathiser");
            assertThat(c.takenOnVersion()).isEqualTo(v1.versionId());
            assertThat(c.oldScore()).isEqualTo(before);
            assertThat(c.newScore()).isGreaterThan(before);
        });
        assertThat(score(sympathy)).as("a preview changes nothing").isEqualTo(before);

        assertThat(rescoring.rescore(COURSE, v2.versionId()).changes()).hasSize(1);
        assertThat(score(sympathy)).isEqualTo(preview.changes().getFirst().newScore());
        assertThat(score(walk))
                .as("an unchanged branching path replays to the same score")
                .isEqualTo(walked);
        Long audits = jdbc.sql("select count(*) from vignette_rescore_audit a join vignette_attempt t"
                        + " on t.id = a.attempt_id where t.public_id = ? and a.actor = 'instructor'"
                        + " and a.from_version_id = ? and a.to_version_id = ? and a.old_score = ?")
                .params(sympathy, v1.versionId(), v2.versionId(), before)
                .query(Long.class)
                .single();
        assertThat(audits).isEqualTo(1);
        assertThat(rescoring.preview(COURSE, v2.versionId()).changes())
                .as("nothing left to change")
                .isEmpty();
    }

    @Test
    void an_instructor_who_does_not_teach_the_course_rescores_nothing() {
        signIn("stranger-teacher", "INSTRUCTOR");
        var outcome = rescoring.rescore("therapeutic-relationship", 1);
        assertThat(outcome.changes()).isEmpty();
        assertThat(outcome.notReplayable()).isZero();
    }

    @Test
    void a_scoring_rule_upgrade_keeps_the_ratings_an_attempt_was_rescored_with() {
        String course = COURSE + "-rule";
        var files = TestCourses.files(Path.of("../content/courses/therapeutic-relationship"), course);
        TestCourses.publish(context, files, "instructor");
        signIn("vr-rule-student", "STUDENT");
        catalog.enrol(course, null);
        String attempt = vignettes.start(course, BEST);
        vignettes.pick(attempt, "a");
        double before = score(attempt);
        files.put(
                PATH,
                files.get(PATH).replace(SYMPATHY, "ratings: {d1-empathic-accuracy: 4, d2-warmth: 3, d6-timing: 3}"));
        var fixed = TestCourses.publish(context, files, "instructor");
        signIn("instructor", "INSTRUCTOR");
        rescoring.rescore(course, fixed.versionId());
        double rescored = score(attempt);
        assertThat(rescored).isGreaterThan(before);

        signIn("vr-rule-admin", "ADMIN", "INSTRUCTOR");
        rescoring.rescoreUnderCurrentRules("a-later-scoring-rule");

        assertThat(score(attempt))
                .as("rescored with the fixed ratings, and a later rule change must not bring the old ones back")
                .isEqualTo(rescored);
    }
}
