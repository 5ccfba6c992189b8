package org.alliance.web.drill;

import static org.alliance.web.TestUsers.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.alliance.core.model.ActivityKind;
import org.alliance.core.model.Level;
import org.alliance.core.practice.Difficulty;
import org.alliance.web.AllianceTest;
import org.alliance.web.TestClock;
import org.alliance.web.drill.DrillTeachingViews.StudentPractice;
import org.alliance.web.drill.DrillViews.TurnView;
import org.alliance.web.gradebook.Gradebook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** The practice report and the gradebook's drill figures, over practice made through {@link DrillPractice}. */
@AllianceTest
class DrillReportTest {
    @Autowired
    ApplicationContext context;

    @Autowired
    DrillPractice practice;

    @Autowired
    DrillFeedback feedback;

    @Autowired
    DrillReport report;

    @Autowired
    DrillResults results;

    @Autowired
    Gradebook gradebook;

    @Autowired
    TestClock clock;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /**
     * Two statements in round one: the first answered twice (100 s, then 400 s, which the per-try cap makes 180 s:
     * 280 s, which the per-statement cap makes 180 s) and rated too easy, so the second is intermediate (60 s).
     * Both responses to the first go for feedback; one is answered. A second round is started and left open.
     */
    private void practise(DrillCourse course, String student) {
        course.enrolStudent(student);
        TurnView first = practice.start(course.id, DrillCourse.DRILL);
        clock.advance(Duration.ofSeconds(100));
        String a = practice.respond(course.id, DrillCourse.DRILL, first.turnId(), "First go.")
                .tryId();
        clock.advance(Duration.ofSeconds(400));
        String b = practice.respond(course.id, DrillCourse.DRILL, first.turnId(), "Second go.")
                .tryId();
        practice.requestFeedback(course.id, DrillCourse.DRILL, a);
        practice.requestFeedback(course.id, DrillCourse.DRILL, b);
        var second = (TurnView) practice.rate(course.id, DrillCourse.DRILL, first.turnId(), Difficulty.TOO_EASY);
        assertThat(second.level()).isEqualTo(Level.INTERMEDIATE);
        clock.advance(Duration.ofSeconds(60));
        practice.respond(course.id, DrillCourse.DRILL, second.turnId(), "A third response.");
        practice.stop(course.id, DrillCourse.DRILL);
        practice.start(course.id, DrillCourse.DRILL);

        signIn(course.owner, "INSTRUCTOR");
        feedback.answer(course.id, a, Set.of(), "Keep the first line.");
    }

    @Test
    void per_drill_and_student_it_counts_rounds_statements_the_highest_level_minutes_and_requests() {
        var course = DrillCourse.publish(context, "drp-figures", "drp-figures-owner");
        practise(course, "drp-figures-ada");
        course.enrolStudent("drp-figures-bo");

        signIn(course.owner, "INSTRUCTOR");
        var r = report.practice(course.id).orElseThrow();
        var drill = r.drills().stream()
                .filter(d -> d.drillId().equals(DrillCourse.DRILL))
                .findFirst()
                .orElseThrow();
        assertThat(drill.students())
                .as("a student who never practised has no line")
                .containsExactly(
                        new StudentPractice("drp-figures-ada", 2, 2, Optional.of(Level.INTERMEDIATE), 4, 1, 1));
    }

    @Test
    void statements_practised_come_per_student_for_a_page_of_names_in_one_call() {
        var course = DrillCourse.publish(context, "drp-csv", "drp-csv-owner");
        practise(course, "drp-csv-ada");
        course.enrolStudent("drp-csv-bo");

        signIn(course.owner, "INSTRUCTOR");
        var counts = results.statementsPractised(course.id, List.of("drp-csv-ada", "drp-csv-bo"));
        assertThat(counts).containsOnlyKeys("drp-csv-ada");
        assertThat(counts.get("drp-csv-ada")).containsExactlyEntriesOf(java.util.Map.of(DrillCourse.DRILL, 2));
        assertThat(results.statementsPractised(course.id, List.of())).isEmpty();
    }

    @Test
    void the_gradebook_csv_has_a_completion_column_per_drill_and_the_grid_stays_graded_only() {
        var course = DrillCourse.publish(context, "drp-gb", "drp-gb-owner");
        practise(course, "drp-gb-ada");
        course.enrolStudent("drp-gb-bo");

        signIn(course.owner, "INSTRUCTOR");
        var labels = new Gradebook.CsvLabels(
                "Student", "Course grade", "excused", "awaiting", "Deleted", "{0} (drill: statements practised)");
        String title = report.practice(course.id).orElseThrow().drills().stream()
                .filter(d -> d.drillId().equals(DrillCourse.DRILL))
                .findFirst()
                .orElseThrow()
                .title();
        var lines = new String(gradebook.csv(course.id, "drp-gb-", labels), StandardCharsets.UTF_8)
                .lines()
                .toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).endsWith(",Course grade," + title + " (drill: statements practised)");
        assertThat(lines.get(1)).startsWith("drp-gb-ada,").endsWith(",2");
        assertThat(lines.get(2)).as("0 when none").startsWith("drp-gb-bo,").endsWith(",0");
        assertThat(gradebook.columns(course.id))
                .as("the on-screen gradebook shows graded activities only")
                .noneMatch(c -> c.kind() == ActivityKind.DRILL);
    }

    @Test
    void only_those_who_teach_the_course_get_figures() {
        var course = DrillCourse.publish(context, "drp-who", "drp-who-owner");
        var other = DrillCourse.publish(context, "drp-who-other", "drp-who-other-owner");
        practise(course, "drp-who-ada");

        signIn(other.owner, "INSTRUCTOR");
        assertThat(report.practice(course.id)).isEmpty();
        assertThat(results.statementsPractised(course.id, List.of("drp-who-ada")))
                .isEmpty();
        signIn("drp-who-ada", "STUDENT");
        assertThatThrownBy(() -> report.practice(course.id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> results.statementsPractised(course.id, List.of("drp-who-ada")))
                .isInstanceOf(AccessDeniedException.class);
    }
}
