package org.alliance.web.gradebook;

import static org.alliance.web.TestUsers.signIn;
import static org.alliance.web.gradebook.GradebookFixture.COURSE;
import static org.alliance.web.gradebook.GradebookFixture.TEACHER;
import static org.alliance.web.gradebook.GradebookFixture.answers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.alliance.core.model.BestResponseVignette;
import org.alliance.core.model.BranchingVignette;
import org.alliance.core.model.Course;
import org.alliance.core.scoring.branching.BranchingBounds;
import org.alliance.core.scoring.branching.BranchingPlayer;
import org.alliance.core.scoring.branching.Replay;
import org.alliance.core.statistics.ItemFlag;
import org.alliance.web.AllianceTest;
import org.alliance.web.account.AccountService;
import org.alliance.web.assessment.QuizAttempts;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.catalog.CourseStaff;
import org.alliance.web.gradebook.Analysis.Count;
import org.alliance.web.gradebook.Analysis.ItemReport;
import org.alliance.web.gradebook.Analysis.NodeReport;
import org.alliance.web.gradebook.Analysis.QuizReport;
import org.alliance.web.gradebook.Analysis.Report;
import org.alliance.web.gradebook.Analysis.VignetteReport;
import org.alliance.web.vignette.VignetteAttempts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.util.AopTestUtils;

/** Item and vignette analysis over seeded attempts, against numbers worked out by hand. */
@AllianceTest
class AnalysisTest {
    private static final String BUNDLED = "therapeutic-relationship";

    @Autowired
    Analysis analysis;

    @Autowired
    VignetteAttempts vignettes;

    @Autowired
    CourseCatalog catalog;

    @Autowired
    AccountService accounts;

    @Autowired
    CourseStaff staff;

    @Autowired
    QuizAttempts quizzes;

    GradebookFixture fixture;
    Duration threshold;

    /**
     * Every report here is computed when asked: on a loaded machine the bundled course's analysis can take longer
     * than the threshold, and a stale report served while the new one is computed would hide what a test counts.
     */
    @BeforeEach
    void teacher() {
        fixture = new GradebookFixture(accounts, staff, catalog, quizzes);
        fixture.ensureTeacher();
        threshold = target().backgroundAfter(Duration.ofDays(1));
    }

    @AfterEach
    void signOut() {
        target().backgroundAfter(threshold);
        SecurityContextHolder.clearContext();
    }

    private Analysis target() {
        return AopTestUtils.getUltimateTargetObject(analysis);
    }

    @Test
    void item_statistics_count_the_latest_submitted_attempt_and_flag_only_from_the_minimum_sample() {
        // Scores (gs1, gs2): s1 (1, 1), s2 (1, 0), s3 (0, 0) in its latest attempt; s3's first attempt and
        // s4's open attempt do not count.
        fixture.submit("gba-s1", "gq-stats", answers("gs", "a", false));
        fixture.submit("gba-s2", "gq-stats", answers("gs", "a", true));
        fixture.submit("gba-s3", "gq-stats", answers("gs", "a", false));
        fixture.submit("gba-s3", "gq-stats", answers("gs", "b", true));
        fixture.leaveOpen("gba-s4", "gq-stats", answers("gs", "c", false));

        signIn(TEACHER, "INSTRUCTOR");
        QuizReport quiz = quiz(analysis.of(COURSE));
        assertThat(quiz.responses()).isEqualTo(3);
        ItemReport first = quiz.items().get(0);
        ItemReport second = quiz.items().get(1);
        assertThat(first.facility().getAsDouble()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(second.facility().getAsDouble()).isCloseTo(1.0 / 3, within(1e-9));
        // gs1 (1, 1, 0) against the rest (1, 0, 0): Sxy = 1/3, Sxx = Syy = 2/3, r = 0.5; the same for gs2.
        assertThat(first.discrimination().getAsDouble()).isCloseTo(0.5, within(1e-9));
        assertThat(second.discrimination().getAsDouble()).isCloseTo(0.5, within(1e-9));
        // Item variances 1/3 each, totals (2, 1, 0) variance 1: alpha = 2 × (1 − 2/3).
        assertThat(quiz.alpha().getAsDouble()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(first.distractors())
                .containsExactly(
                        new Count("Goals, tasks and bond", 2),
                        new Count("Liking, warmth and agreement", 1),
                        new Count("Insight, catharsis and advice", 0));
        assertThat(first.flags()).as("3 responses are below the minimum sample").isEmpty();

        // 17 more students right on both: 20 responses. gs1 facility 19/20 = 0.95 (too easy); gs2 18/20 = 0.9,
        // not above the threshold. gs1 vs gs2: Sxy = 18 − 20 × 0.95 × 0.9 = 0.9, Sxx = 0.95, Syy = 1.8,
        // r = 0.9 / √1.71.
        for (int i = 0; i < 17; i++) {
            fixture.submit("gba-m" + i, "gq-stats", answers("gs", "a", false));
        }
        signIn(TEACHER, "INSTRUCTOR");
        quiz = quiz(analysis.of(COURSE));
        assertThat(quiz.responses()).isEqualTo(20);
        assertThat(quiz.items().get(0).facility().getAsDouble()).isCloseTo(0.95, within(1e-9));
        assertThat(quiz.items().get(0).discrimination().getAsDouble()).isCloseTo(0.9 / Math.sqrt(1.71), within(1e-9));
        assertThat(quiz.items().get(0).flags()).containsExactly(ItemFlag.TOO_EASY);
        assertThat(quiz.items().get(1).flags()).isEmpty();
    }

    @Test
    void vignettes_count_options_choices_and_missteps() {
        var course = staffCourse();
        var best = (BestResponseVignette)
                course.activity("v7-noticing-the-urge-to-fix").orElseThrow();
        var branching =
                (BranchingVignette) course.activity("v4-sorry-for-rambling").orElseThrow();
        var worst = BranchingBounds.of(branching, course.rubric().scale())
                .orElseThrow()
                .worstPath();

        signIn(TEACHER, "INSTRUCTOR");
        Report before = analysis.of(BUNDLED);
        String option = best.options().getLast().id();
        for (String student : new String[] {"gbav-1", "gbav-2"}) {
            fixture.enrol(student, BUNDLED);
            vignettes.pick(vignettes.start(BUNDLED, best.id()), option);
            String id = vignettes.start(BUNDLED, branching.id());
            worst.forEach(choice -> vignettes.choose(id, choice));
        }
        signIn(TEACHER, "INSTRUCTOR");
        Report after = analysis.of(BUNDLED);

        String optionText = best.options().getLast().text();
        assertThat(picks(vignette(after, best.id()), optionText) - picks(vignette(before, best.id()), optionText))
                .isEqualTo(2);
        assertThat(vignette(after, best.id()).responses()
                        - vignette(before, best.id()).responses())
                .isEqualTo(2);

        // Each choice on the worst path was taken twice more at its node; the path's missteps show up as such.
        // (Choice ids repeat across nodes, so the replay says which node each step was taken at.)
        var replay = (Replay.Finished)
                BranchingPlayer.replay(branching, worst, course.rubric().scale());
        double ceiling = course.rubric().scale().min() + 1;
        boolean anyMisstep = false;
        for (var step : replay.trail().taken()) {
            var node = branching.node(step.nodeId()).orElseThrow();
            var rated = node.choices().stream()
                    .filter(c -> c.id().equals(step.choiceId()))
                    .findFirst()
                    .orElseThrow();
            NodeReport now = node(after, branching.id(), node.id());
            NodeReport then = node(before, branching.id(), node.id());
            assertThat(count(now, rated.text()) - count(then, rated.text())).isEqualTo(2);
            if (rated.ratings().mean().orElseThrow() <= ceiling) {
                anyMisstep = true;
                assertThat(now.missteps()).extracting(Count::text).contains(rated.text());
            } else {
                assertThat(now.missteps()).extracting(Count::text).doesNotContain(rated.text());
            }
        }
        assertThat(anyMisstep).as("the worst walk takes at least one misstep").isTrue();
    }

    @Test
    void an_instructor_who_does_not_teach_the_course_is_refused() {
        signIn("gba-outsider", "INSTRUCTOR");
        assertThatThrownBy(() -> analysis.of(COURSE)).hasMessage("gradebook.not-found");
    }

    private Course staffCourse() {
        signIn(TEACHER, "INSTRUCTOR");
        return staff.taught(BUNDLED).orElseThrow().course();
    }

    private static QuizReport quiz(Report report) {
        return report.quizzes().stream()
                .filter(q -> q.quizId().equals("gq-stats"))
                .findFirst()
                .orElseThrow();
    }

    private static VignetteReport vignette(Report report, String id) {
        return report.vignettes().stream()
                .filter(v -> v.vignetteId().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static int picks(VignetteReport report, String text) {
        return report.options().stream()
                .filter(o -> o.text().equals(text))
                .findFirst()
                .orElseThrow()
                .count();
    }

    private static NodeReport node(Report report, String vignetteId, String nodeId) {
        return vignette(report, vignetteId).nodes().stream()
                .filter(n -> n.nodeId().equals(nodeId))
                .findFirst()
                .orElseThrow();
    }

    private static int count(NodeReport node, String text) {
        return node.choices().stream()
                .filter(c -> c.text().equals(text))
                .mapToInt(Count::count)
                .sum();
    }
}
