package org.alliance.web.gradebook;

import static org.alliance.web.TestUsers.signIn;
import static org.alliance.web.gradebook.GradebookFixture.COURSE;
import static org.alliance.web.gradebook.GradebookFixture.TEACHER;
import static org.alliance.web.gradebook.GradebookFixture.answers;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.alliance.web.AllianceTest;
import org.alliance.web.account.AccountService;
import org.alliance.web.assessment.QuizAttempts;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.catalog.CourseStaff;
import org.alliance.web.gradebook.Analysis.QuizReport;
import org.alliance.web.gradebook.Analysis.Report;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.util.AopTestUtils;

/**
 * Uses gq-one, which other tests answer too (AnalysisTest counts gq-stats exactly, so this test stays off it).
 * A report that was slow to compute is served at once after a submission, marked as updating, while a background
 * run adds the submission (issue 15). Every computation counts as slow here.
 */
@AllianceTest
class AnalysisInBackgroundTest {
    @Autowired
    Analysis analysis;

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

    @BeforeEach
    void slowReports() {
        fixture = new GradebookFixture(accounts, staff, catalog, quizzes);
        fixture.ensureTeacher();
        threshold = target().backgroundAfter(Duration.ZERO);
    }

    @AfterEach
    void restore() {
        target().backgroundAfter(threshold);
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_last_report_is_served_at_once_while_the_new_submission_is_added_in_the_background()
            throws InterruptedException {
        fixture.submit("gbb-s1", "gq-one", answers("gi", "a", false));
        signIn(TEACHER, "INSTRUCTOR");
        Report settled = settled();
        int before = quiz(settled).responses();

        fixture.submit("gbb-s2", "gq-one", answers("gi", "b", true));
        signIn(TEACHER, "INSTRUCTOR");
        Report served = analysis.of(COURSE);
        assertThat(served.freshness().updating()).isTrue();
        assertThat(quiz(served).responses()).isEqualTo(before);
        assertThat(served.freshness().computedAt())
                .isEqualTo(settled.freshness().computedAt());

        // Computed on another thread as the instructor who asked: without that, the services refuse it.
        Report fresh = settled();
        assertThat(quiz(fresh).responses()).isEqualTo(before + 1);
    }

    /** The report once no background run is adding anything to it. */
    private Report settled() throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            Report report = analysis.of(COURSE);
            if (!report.freshness().updating()) {
                return report;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the background run never finished");
    }

    private Analysis target() {
        return AopTestUtils.getUltimateTargetObject(analysis);
    }

    private static QuizReport quiz(Report report) {
        return report.quizzes().stream()
                .filter(q -> q.quizId().equals("gq-one"))
                .findFirst()
                .orElseThrow();
    }
}
