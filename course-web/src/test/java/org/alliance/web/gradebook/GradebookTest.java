package org.alliance.web.gradebook;

import static org.alliance.web.TestUsers.signIn;
import static org.alliance.web.gradebook.GradebookFixture.COURSE;
import static org.alliance.web.gradebook.GradebookFixture.TEACHER;
import static org.alliance.web.gradebook.GradebookFixture.answers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.alliance.core.grading.ActivityStatus;
import org.alliance.core.model.BestResponseVignette;
import org.alliance.core.scoring.Response;
import org.alliance.core.scoring.vignette.VignetteScoring;
import org.alliance.web.AllianceTest;
import org.alliance.web.account.AccountService;
import org.alliance.web.assessment.QuizAttempts;
import org.alliance.web.assessment.QuizResults;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.catalog.CourseStaff;
import org.alliance.web.gradebook.Gradebook.CsvLabels;
import org.alliance.web.gradebook.Gradebook.Sort;
import org.alliance.web.gradebook.Gradebook.StudentRow;
import org.alliance.web.vignette.VignetteAttempts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.util.AopTestUtils;

/** The gradebook through its service, over attempts taken through the real quiz and vignette services. */
@AllianceTest
class GradebookTest {
    private static final CsvLabels LABELS =
            new CsvLabels("Student", "Course grade", "excused", "awaiting", "Deleted student", "{0} (drill)");

    @Autowired
    Gradebook gradebook;

    @Autowired
    QuizResults quizResults;

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

    @BeforeEach
    void teacher() {
        fixture = new GradebookFixture(accounts, staff, catalog, quizzes);
        fixture.ensureTeacher();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void each_activity_is_graded_by_its_method_and_the_course_grade_weighs_them() {
        // gq-one grades the last attempt: 1.0 then 0.5 gives 0.5. gq-two the highest: 0 then 1 gives 1.
        fixture.submit("gbg-ada", "gq-one", answers("gi", "a", false));
        fixture.submit("gbg-ada", "gq-one", answers("gi", "a", true));
        fixture.submit("gbg-ada", "gq-two", Map.of("gj1", new Response.TrueFalseAnswer(false)));
        fixture.submit("gbg-ada", "gq-two", Map.of("gj1", new Response.TrueFalseAnswer(true)));
        fixture.leaveOpen("gbg-ada", "gq-stats", answers("gs", "a", false));

        signIn(TEACHER, "INSTRUCTOR");
        StudentRow row = gradebook.page(COURSE, "gbg-ada", List.of(), 0, 10).getFirst();
        assertThat(row.cells().get("gq-one").score()).isEqualTo(0.5);
        assertThat(row.cells().get("gq-two").score()).isEqualTo(1.0);
        assertThat(row.cells().get("gq-stats").status())
                .as("an open attempt has no grade")
                .isEqualTo(new ActivityStatus.InProgress());
        // Weights: gq-one 1, gq-two 3 (override), gq-stats 1 not done: (0.5 + 3) / 5.
        assertThat(row.courseGrade()).isCloseTo(0.7, within(1e-9));
    }

    @Test
    void pages_sort_and_filter_the_students() {
        fixture.submit("gbp-c", "gq-two", Map.of("gj1", new Response.TrueFalseAnswer(true)));
        fixture.submit("gbp-a", "gq-two", Map.of("gj1", new Response.TrueFalseAnswer(false)));
        fixture.enrol("gbp-b", COURSE);
        fixture.enrol("gbp-d", COURSE);

        signIn(TEACHER, "INSTRUCTOR");
        assertThat(gradebook.count(COURSE, "GBP-"))
                .as("the filter ignores case")
                .isEqualTo(4);
        assertThat(names(gradebook.page(COURSE, "gbp-", List.of(), 0, 2))).containsExactly("gbp-a", "gbp-b");
        assertThat(names(gradebook.page(COURSE, "gbp-", List.of(), 2, 2))).containsExactly("gbp-c", "gbp-d");
        assertThat(names(gradebook.page(COURSE, "gbp-", List.of(new Sort(Gradebook.STUDENT, true)), 0, 3)))
                .containsExactly("gbp-d", "gbp-c", "gbp-b");
        assertThat(names(gradebook.page(COURSE, "gbp-", List.of(new Sort("gq-two", true)), 0, 4)))
                .as("highest grade first, ungraded last")
                .containsExactly("gbp-c", "gbp-a", "gbp-b", "gbp-d");
        assertThat(names(gradebook.page(COURSE, "gbp-", List.of(new Sort("gq-two", false)), 0, 2)))
                .containsExactly("gbp-b", "gbp-d");
        assertThat(names(gradebook.page(COURSE, "gbp-", List.of(new Sort(Gradebook.STUDENT, true)), 3, 10)))
                .as("the last page holds what is left")
                .containsExactly("gbp-a");
        assertThat(gradebook.count(COURSE, "%"))
                .as("LIKE wildcards in the filter are plain text")
                .isZero();
        assertThat(gradebook.count(COURSE, "gbp_a")).isZero();
        assertThat(gradebook.page(COURSE, "_", List.of(), 0, 10)).isEmpty();
    }

    @Test
    void vignettes_show_excused_and_awaiting_and_a_deleted_student_keeps_scores_without_a_name() {
        String course = "therapeutic-relationship";
        fixture.enrol("deleted-gbv1", course);
        var v = (BestResponseVignette) catalog.enrolledCourse(course)
                .orElseThrow()
                .course()
                .activity("v5-the-long-pause")
                .orElseThrow();
        String option = v.options().getFirst().id();
        vignettes.pick(vignettes.start(course, v.id()), option);
        vignettes.skip(course, "v3-empathy-or-sympathy");
        vignettes.submitText(
                vignettes.start(course, "v3-reflect-the-feeling"), "You have been carrying this alone.", Map.of());
        double expected = VignetteScoring.bestResponse(
                        v,
                        option,
                        catalog.enrolledCourse(course)
                                .orElseThrow()
                                .course()
                                .rubric()
                                .scale())
                .score();

        signIn(TEACHER, "INSTRUCTOR");
        StudentRow row =
                gradebook.page(course, "deleted-gbv1", List.of(), 0, 10).getFirst();
        assertThat(row.deleted()).isTrue();
        assertThat(row.cells().get("v5-the-long-pause").score()).isEqualTo(expected);
        assertThat(row.cells().get("v3-empathy-or-sympathy").status()).isEqualTo(new ActivityStatus.Excused());
        assertThat(row.cells().get("v3-reflect-the-feeling").status()).isEqualTo(new ActivityStatus.AwaitingGrade());
        assertThat(gradebook.attempts(course, "deleted-gbv1"))
                .extracting(Gradebook.AttemptLine::status)
                .containsExactly(
                        new ActivityStatus.Graded(expected),
                        new ActivityStatus.Excused(),
                        new ActivityStatus.AwaitingGrade());
        String csv = new String(gradebook.csv(course, "deleted-gbv1", LABELS), StandardCharsets.UTF_8);
        assertThat(csv.lines().skip(1).findFirst().orElseThrow())
                .startsWith("Deleted student,")
                .contains(",excused,", ",awaiting,")
                .doesNotContain("deleted-gbv1");
    }

    @Test
    void the_csv_opens_cleanly_in_a_spreadsheet() {
        fixture.submit("gbc-one", "gq-one", answers("gi", "a", false));
        signIn(TEACHER, "INSTRUCTOR");
        byte[] bytes = gradebook.csv(COURSE, "gbc-", LABELS);

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        // The quiz title is "=SUM(A1), the "first" quiz": neutralised, then quoted for its comma and quotes.
        assertThat(text)
                .isEqualTo("Student,\"'=SUM(A1), the \"\"first\"\" quiz\",The second quiz,The analysed quiz,"
                        + "Course grade\r\ngbc-one,100,,,20\r\n");
    }

    @Test
    void the_csv_streamed_in_small_chunks_is_the_same_file() {
        fixture.submit("gbx-a", "gq-one", answers("gi", "a", false));
        fixture.submit("gbx-b", "gq-one", answers("gi", "b", true));
        fixture.submit("gbx-c", "gq-two", Map.of("gj1", new Response.TrueFalseAnswer(true)));
        fixture.leaveOpen("gbx-d", "gq-one", Map.of());
        fixture.submit("gbx-e", "gq-two", Map.of("gj1", new Response.TrueFalseAnswer(false)));
        signIn(TEACHER, "INSTRUCTOR");
        byte[] whole = gradebook.csv(COURSE, "gbx-", LABELS);

        var streamed = new ByteArrayOutputStream();
        gradebook.csv(COURSE, "gbx-", LABELS, streamed);
        // Two students a round: three rounds, the last one short.
        var inPairs = new ByteArrayOutputStream();
        Gradebook target = AopTestUtils.getTargetObject(gradebook);
        target.export(COURSE, "gbx-", LABELS, inPairs, 2);

        assertThat(new String(whole, StandardCharsets.UTF_8).lines()).hasSize(6);
        assertThat(streamed.toByteArray()).isEqualTo(whole);
        assertThat(inPairs.toByteArray()).isEqualTo(whole);
    }

    @Test
    void the_drill_down_lists_a_students_attempts_with_scores_and_dates() {
        fixture.submit("gbd-one", "gq-two", Map.of("gj1", new Response.TrueFalseAnswer(true)));
        fixture.leaveOpen("gbd-one", "gq-one", Map.of());
        signIn(TEACHER, "INSTRUCTOR");
        var lines = gradebook.attempts(COURSE, "gbd-one");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).activityId()).isEqualTo("gq-two");
        assertThat(lines.get(0).score()).isEqualTo(1.0);
        assertThat(lines.get(0).finishedAt()).isNotNull();
        assertThat(lines.get(1).finishedAt()).isNull();
        assertThatThrownBy(() -> gradebook.attempts(COURSE, "not-enrolled-here"))
                .hasMessage("gradebook.no-such-student");
    }

    @Test
    void an_instructor_who_does_not_teach_the_course_is_refused() {
        fixture.submit("gbr-one", "gq-two", Map.of("gj1", new Response.TrueFalseAnswer(true)));
        signIn("gb-outsider", "INSTRUCTOR");
        assertThatThrownBy(() -> gradebook.page(COURSE, "", List.of(), 0, 10)).hasMessage("gradebook.not-found");
        assertThatThrownBy(() -> gradebook.csv(COURSE, "", LABELS)).hasMessage("gradebook.not-found");
        assertThatThrownBy(() -> gradebook.attempts(COURSE, "gbr-one")).hasMessage("gradebook.not-found");
        assertThat(quizResults.attempts(COURSE, List.of("gbr-one"))).isEmpty();
        assertThat(quizResults.latestSubmitted(COURSE, "gq-two")).isEmpty();
    }

    private static List<String> names(List<StudentRow> rows) {
        return rows.stream().map(StudentRow::username).toList();
    }
}
