package org.alliance.web.authoring.ui;

import static org.alliance.web.catalog.CourseZips.renamed;
import static org.alliance.web.catalog.CourseZips.zip;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.UnorderedList;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.alliance.core.format.CourseReader;
import org.alliance.web.AllianceTest;
import org.alliance.web.account.AccountService;
import org.alliance.web.catalog.CourseStaff;
import org.alliance.web.catalog.CourseZips;
import org.alliance.web.shell.ui.NotFoundView;
import org.alliance.web.teaching.ui.TaughtCourseView;
import org.alliance.web.ui.ContentHashDetails;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** The import, export, copy and staff pages, driven as their users would. */
@AllianceTest
@ViewPackages(packages = "org.alliance.web")
class PortabilityViewsTest extends SpringBrowserlessTest {
    @Autowired
    AccountService accounts;

    @Autowired
    CourseStaff staff;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    private long versions() {
        return jdbc.sql("select count(*) from course_version").query(Long.class).single();
    }

    private void register(String username) {
        accounts.register("Test " + username, username, "a long walk by the river");
    }

    private ImportCourseView upload(byte[] zip) {
        var view = navigate(ImportCourseView.class);
        test(view.upload).upload("course.zip", "application/zip", zip);
        roundTrip();
        return view;
    }

    private boolean showsNotFound(String location) {
        navigate(location, Component.class);
        return getCurrentView() instanceof NotFoundView;
    }

    @Test
    @WithMockUser(username = "view-importer", roles = "INSTRUCTOR")
    void an_instructor_sees_every_problem_in_words_with_its_place_then_imports_a_good_zip_as_version_1() {
        register("view-importer");
        var files = renamed("here-and-now", "view-imported");
        files.put("glossary.yaml", files.get("glossary.yaml") + "\n  - id: [unclosed\n");
        long before = versions();

        var view = upload(zip("view-imported", files));
        assertThat(view.outcomeHeading.getText()).startsWith("Not imported: ").endsWith("error(s) to fix");
        var problems = view.problems
                .getChildren()
                .map(c -> c.getElement().getTextRecursively())
                .toList();
        assertThat(problems)
                .anySatisfy(
                        text -> assertThat(text).matches("Error: in glossary\\.yaml, line \\d+: YAML syntax error: .+"))
                .noneSatisfy(text -> assertThat(text).containsPattern(":\\d+:\\d+"));
        assertThat(view.outcome.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(versions()).isEqualTo(before);

        view = upload(zip("view-imported", renamed("here-and-now", "view-imported")));
        assertThat(view.outcomeHeading.getText()).startsWith("Published").contains("as a new course of yours");
        var published = staff.taught("view-imported").orElseThrow();
        assertThat(published.versionId())
                .as("other courses were published before")
                .isGreaterThan(1);
        assertThat(view.outcomeText.getText())
                .as("a course's first publication")
                .isEqualTo("Published version 1");
        var hash = find(ContentHashDetails.class).from(view.hash).single();
        assertThat(hash.isOpened())
                .as("the hash is one click away, not shown first")
                .isFalse();
        assertThat(hash.getSummaryText()).isEqualTo("Content hash");
        assertThat(hash.getElement().getTextRecursively()).contains(published.contentHash());
        assertThat(view.links.getChildren()).hasSize(1);
        assertThat(versions()).isEqualTo(before + 1);
        assertThat(staff.taughtCourses())
                .extracting(CourseStaff.TaughtCourse::courseId)
                .contains("view-imported");
    }

    @Test
    @WithMockUser(username = "view-duplicator", roles = "INSTRUCTOR")
    void a_problem_that_points_at_another_place_names_it_in_words_too() {
        register("view-duplicator");
        var files = renamed("here-and-now", "view-duplicated");
        String quiz = "quizzes/qh1-mindfulness-attitudes.yaml";
        files.put(quiz, files.get(quiz).replace("  - id: qh1-i2", "  - id: qh1-i1"));

        var view = upload(zip("view-duplicated", files));
        assertThat(view.problems
                        .getChildren()
                        .map(c -> c.getElement().getTextRecursively())
                        .toList())
                .anySatisfy(text -> assertThat(text)
                        .matches("Error: in " + quiz.replace(".", "\\.")
                                + ", line \\d+: Id 'qh1-i1' is used more than once \\(also at "
                                + quiz.replace(".", "\\.")
                                + ", line 14\\)\\. .+"));
    }

    @Test
    @WithMockUser(username = "view-exporter", roles = "INSTRUCTOR")
    void an_instructor_downloads_their_course_as_a_zip_that_reads_back_the_same() {
        register("view-exporter");
        upload(zip("view-exported", renamed("here-and-now", "view-exported")));
        var view = navigate("teaching/view-exported/export", ExportCourseView.class);
        var file = new ByteArrayOutputStream();
        test(view.download).download(file);
        var read = CourseReader.fromZip(new ByteArrayInputStream(file.toByteArray()));
        assertThat(read.contentHash())
                .contains(staff.taught("view-exported").orElseThrow().contentHash());
    }

    @Test
    @WithMockUser(username = "view-bank", roles = "INSTRUCTOR")
    void an_instructor_downloads_the_questions_as_moodle_xml_and_gift_and_sees_what_gift_leaves_out() {
        register("view-bank");
        upload(zip("view-bank-course", renamed("here-and-now", "view-bank-course")));
        var view = navigate("teaching/view-bank-course/export", ExportCourseView.class);
        var xml = new ByteArrayOutputStream();
        test(view.moodle).download(xml);
        assertThat(xml.toString(StandardCharsets.UTF_8))
                .startsWith("<?xml")
                .contains("<text>$course$/top/Here and Now: Mindfulness Attitudes for Therapists/")
                .contains("<question type=\"ordering\">", "<name>\n      <text>qh1-i4</text>");
        var gift = new ByteArrayOutputStream();
        test(view.gift).download(gift);
        assertThat(gift.toString(StandardCharsets.UTF_8)).contains("::qh1-i1::").doesNotContain("::qh1-i4::");
        var skipped = $(UnorderedList.class).id("export-gift-skipped");
        assertThat(skipped.getElement().getAttribute("aria-label")).isEqualTo("Left out or changed in this file");
        assertThat(skipped.getChildren().map(c -> c.getElement().getText()))
                .contains("qh1-i4: left out: GIFT has no ordering question (the Moodle XML file has it).");
    }

    @Test
    @WithMockUser(username = "view-copier", roles = "INSTRUCTOR")
    void an_instructor_copies_a_bundled_course_and_lands_on_their_copy() {
        register("view-copier");
        var view = navigate("teaching/therapeutic-relationship/copy", CopyCourseView.class);
        assertThat(view.newId.getValue()).isEqualTo("therapeutic-relationship-view-copier");
        test(view.copy).click();
        assertThat(getCurrentView()).isInstanceOf(TaughtCourseView.class);
        assertThat(staff.taughtCourses())
                .filteredOn(c -> c.courseId().equals("therapeutic-relationship-view-copier"))
                .singleElement()
                .satisfies(c -> assertThat(c.owner()).isEqualTo("view-copier"));

        view = navigate("teaching/therapeutic-relationship/copy", CopyCourseView.class);
        test(view.newId).setValue("therapeutic-relationship-view-copier");
        test(view.copy).click();
        assertThat(view.newId.isInvalid()).isTrue();
        assertThat(view.newId.getErrorMessage()).contains("exists already");
    }

    @Test
    @WithMockUser(
            username = "admin",
            roles = {"ADMIN", "INSTRUCTOR"})
    void an_admin_adds_and_removes_a_co_instructor_and_hands_the_course_over() {
        upload(zip("view-staffed", renamed("here-and-now", "view-staffed")));
        var view = navigate("teaching/view-staffed/staff", CourseStaffView.class);
        assertThat(view.owner.getText()).isEqualTo("Owner: admin");
        assertThat(view.noCoInstructors.isVisible()).isTrue();

        test(view.addUsername).setValue("no-such-user");
        test(view.add).click();
        assertThat(view.addUsername.isInvalid()).isTrue();

        test(view.addUsername).setValue("instructor");
        test(view.add).click();
        assertThat(view.addUsername.isInvalid()).isFalse();
        assertThat(view.coInstructors.getChildren()).hasSize(1);
        test(view.coInstructors
                        .getChildren()
                        .findFirst()
                        .orElseThrow()
                        .getChildren()
                        .skip(1)
                        .map(c -> (Button) c)
                        .findFirst()
                        .orElseThrow())
                .click();
        assertThat(view.coInstructors.getChildren()).isEmpty();

        test(view.newOwner).setValue("instructor");
        test(view.handOver).click();
        assertThat(view.owner.getText()).isEqualTo("Owner: instructor");
    }

    @Test
    @WithMockUser(username = "view-b", roles = "INSTRUCTOR")
    void instructor_b_gets_not_found_for_every_page_of_instructor_a_s_course() {
        register("view-b");
        CourseZips.publishAs(context, "view-a", renamed("here-and-now", "view-a2-course"));
        for (String page : new String[] {"", "/export", "/copy", "/grading", "/gradebook"}) {
            assertThat(showsNotFound("teaching/view-a2-course" + page)).as(page).isTrue();
        }
        navigate("teaching/view-a2-course/staff", Component.class);
        assertThat(getCurrentView()).as("admins only").isNotInstanceOf(CourseStaffView.class);

        long before = versions();
        var view = upload(zip("view-a2-course", renamed("here-and-now", "view-a2-course")));
        assertThat(view.outcomeHeading.getText()).isEqualTo("Not imported");
        assertThat(view.outcomeText.getText()).contains("you do not teach it");
        assertThat(versions()).isEqualTo(before);
    }
}
