package org.alliance.web.gradebook.ui;

import static org.alliance.web.TestUsers.signIn;
import static org.alliance.web.gradebook.GradebookFixture.COURSE;
import static org.alliance.web.gradebook.GradebookFixture.TEACHER;
import static org.alliance.web.gradebook.GradebookFixture.answers;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.RouterLink;
import java.util.Map;
import org.alliance.core.scoring.Response;
import org.alliance.web.AllianceTest;
import org.alliance.web.account.AccountService;
import org.alliance.web.assessment.QuizAttempts;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.catalog.CourseStaff;
import org.alliance.web.gradebook.Analysis.ItemReport;
import org.alliance.web.gradebook.GradebookFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The gradebook, a student's attempts and the analysis page, as a teacher and as an outsider. */
@AllianceTest
class GradebookViewsTest extends SpringBrowserlessTest {
    @Autowired
    AccountService accounts;

    @Autowired
    CourseStaff staff;

    @Autowired
    CourseCatalog catalog;

    @Autowired
    QuizAttempts quizzes;

    GradebookFixture fixture;

    @BeforeEach
    void seed() {
        fixture = new GradebookFixture(accounts, staff, catalog, quizzes);
        fixture.ensureTeacher();
    }

    @Test
    @WithMockUser(username = TEACHER, roles = "INSTRUCTOR")
    void a_teacher_filters_sorts_and_drills_down() {
        fixture.submit("gbuf-ann", "gq-two", Map.of("gj1", new Response.TrueFalseAnswer(false)));
        fixture.submit("gbuf-ben", "gq-two", Map.of("gj1", new Response.TrueFalseAnswer(true)));
        fixture.enrol("deleted-gbuf", COURSE);
        signIn(TEACHER, "INSTRUCTOR");

        GradebookView view = navigate(GradebookView.class, Map.of("courseId", COURSE));
        test(view.filter).setValue("gbuf");
        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(3);
        assertThat(grid.getHeaderCell(0)).isEqualTo("Student");
        int gqTwo = grid.getColumnPosition("gq-two");
        // By name: the deleted account's alias (deleted-...) sorts first.
        assertThat(text(grid.getCellComponent(0, 0))).isEqualTo("Deleted student");
        assertThat(grid.getCellText(0, gqTwo))
                .as("deleted student, nothing taken")
                .isEqualTo("–");
        assertThat(grid.getCellText(1, gqTwo)).isEqualTo("0 %");
        assertThat(grid.getCellText(2, gqTwo)).isEqualTo("100 %");

        grid.sortByColumn("gq-two", SortDirection.DESCENDING);
        assertThat(grid.getRow(0).username()).isEqualTo("gbuf-ben");
        assertThat(view.csv.getHref()).isNotBlank();

        RouterLink ben = (RouterLink) grid.getCellComponent(0, 0);
        assertThat(ben.getHref()).isEqualTo("teaching/" + COURSE + "/gradebook/gbuf-ben");
        StudentAttemptsView attempts =
                navigate(StudentAttemptsView.class, Map.of("courseId", COURSE, "username", "gbuf-ben"));
        assertThat(test(attempts.attempts).size()).isEqualTo(1);
        assertThat(test(attempts.attempts).getCellText(0, 0)).isEqualTo("The second quiz");
        assertThat(test(attempts.attempts).getCellText(0, 4)).isEqualTo("100 %");
    }

    @Test
    @WithMockUser(username = TEACHER, roles = "INSTRUCTOR")
    void the_analysis_page_shows_every_quiz_with_its_items() {
        fixture.submit("gbui-cat", "gq-one", answers("gi", "b", false));
        signIn(TEACHER, "INSTRUCTOR");
        navigate(AnalysisView.class, Map.of("courseId", COURSE));
        assertThat(find(Paragraph.class).withClassName("hint").first().getText())
                .as("the thresholds, with their numbers in place and the apostrophe kept")
                .isEqualTo(
                        "Counts each student’s latest submitted attempt. Flags appear from 20 responses up: "
                                + "discriminates poorly below 0.20, too easy above facility 0.90, too hard below facility 0.20.");
        assertThat(find(H2.class).all()).extracting(H2::getText).contains("The analysed quiz", "The second quiz");
        Section quiz = find(Section.class).all().stream()
                .filter(s -> s.getId().orElse("").equals("analysis-gq-one"))
                .findFirst()
                .orElseThrow();
        @SuppressWarnings("unchecked")
        Grid<ItemReport> items = (Grid<ItemReport>)
                quiz.getChildren().filter(Grid.class::isInstance).findFirst().orElseThrow();
        // Other tests in this JVM answer gq-one too, so only what this one adds is certain.
        assertThat(test(items).size()).isEqualTo(2);
        assertThat(test(items).getCellText(0, 0)).isEqualTo("Which three parts make up the working alliance?");
        assertThat(test(items).getCellText(0, 5))
                .contains("Liking, warmth and agreement: ")
                .doesNotContain("Liking, warmth and agreement: 0");
        assertThat(test(items).getCellText(0, 4))
                .as("the audit, beside facility and discrimination")
                .isEqualTo("Nothing to note");
    }

    @Test
    @WithMockUser(username = TEACHER, roles = "INSTRUCTOR")
    void the_analysis_page_shows_what_the_audit_says_beside_the_statistics_accepted_warnings_with_their_reason() {
        signIn(TEACHER, "INSTRUCTOR");
        navigate(AnalysisView.class, Map.of("courseId", COURSE));
        Section quiz = find(Section.class).all().stream()
                .filter(s -> s.getId().orElse("").equals("analysis-gq-stats"))
                .findFirst()
                .orElseThrow();
        @SuppressWarnings("unchecked")
        Grid<ItemReport> items = (Grid<ItemReport>)
                quiz.getChildren().filter(Grid.class::isInstance).findFirst().orElseThrow();
        assertThat(test(items).getHeaderCell(4)).isEqualTo("Assessment audit");
        // gq-stats repeats gq-one's items on purpose, and its file accepts the warning, saying why.
        assertThat(test(items).getCellText(0, 4))
                .contains("The stem is 100 % similar to the stem of item 'gi1'")
                .contains("Accepted: It repeats gq-one's items so that its statistics belong to the analysis tests");
    }

    @Test
    @WithMockUser(username = "gbui-outsider", roles = "INSTRUCTOR")
    void an_instructor_who_does_not_teach_the_course_does_not_get_in() {
        accounts.register("Outsider", "gbui-outsider", "a long enough password");
        navigate("teaching/" + COURSE + "/gradebook", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(GradebookView.class);
        navigate("teaching/" + COURSE + "/analysis", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(AnalysisView.class);
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }
}
