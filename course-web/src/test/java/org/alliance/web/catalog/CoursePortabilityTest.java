package org.alliance.web.catalog;

import static org.alliance.web.catalog.CourseZips.bundled;
import static org.alliance.web.catalog.CourseZips.renamed;
import static org.alliance.web.catalog.CourseZips.zip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.TreeMap;
import org.alliance.core.format.CourseReader;
import org.alliance.web.AllianceTest;
import org.alliance.web.account.AccountRole;
import org.alliance.web.account.AccountService;
import org.alliance.web.catalog.ImportResult.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** Import, export and copy of courses as files: all or nothing, never over someone else's course. */
@AllianceTest
class CoursePortabilityTest {
    @Autowired
    CoursePortability portability;

    @Autowired
    CourseStaff staff;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    private long versions() {
        return jdbc.sql("select count(*) from course_version").query(Long.class).single();
    }

    private boolean exists(String courseId) {
        return jdbc.sql("select count(*) from course where id = ?")
                        .param(courseId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private String owner(String courseId) {
        return jdbc.sql("select owner_username from course where id = ?")
                .param(courseId)
                .query(String.class)
                .single();
    }

    /** Imports a zip that must be refused for its one defect, and checks that nothing was stored. */
    private ImportResult.Invalid refused(String courseId, byte[] zip, String code) {
        long before = versions();
        ImportResult result = portability.importZip(zip);
        assertThat(result).isInstanceOf(ImportResult.Invalid.class);
        var invalid = (ImportResult.Invalid) result;
        assertThat(invalid.errors()).extracting(p -> p.code().key()).contains(code);
        assertThat(versions()).as("no version stored").isEqualTo(before);
        assertThat(exists(courseId)).as("no course stored").isFalse();
        return invalid;
    }

    @Test
    @WithMockUser(username = "port-broken", roles = "INSTRUCTOR")
    void bad_yaml_is_refused_with_its_file_and_line_and_nothing_is_stored() {
        var files = renamed("therapeutic-relationship", "broken-yaml");
        files.put("glossary.yaml", files.get("glossary.yaml") + "\n  - id: [unclosed\n");
        var problem = refused("broken-yaml", zip("broken-yaml", files), "yaml-syntax").errors().stream()
                .filter(p -> p.code().key().equals("yaml-syntax"))
                .findFirst()
                .orElseThrow();
        assertThat(problem.file()).isEqualTo("glossary.yaml");
        assertThat(problem.line()).isPositive();
    }

    @Test
    @WithMockUser(username = "port-broken", roles = "INSTRUCTOR")
    void an_unknown_node_id_is_refused_at_its_line() {
        var files = renamed("therapeutic-relationship", "broken-node");
        String vignette = "vignettes/v4-bracing-for-criticism.yaml";
        files.put(vignette, files.get(vignette).replaceFirst("next: n2-polite", "next: n2-nowhere"));
        var invalid = refused("broken-node", zip("broken-node", files), "unknown-node");
        var problem = invalid.errors().stream()
                .filter(p -> p.code().key().equals("unknown-node"))
                .findFirst()
                .orElseThrow();
        assertThat(problem.file()).isEqualTo(vignette);
        assertThat(problem.line()).isEqualTo(45);
        assertThat(problem.message()).contains("n2-nowhere");
    }

    @Test
    @WithMockUser(username = "port-broken", roles = "INSTRUCTOR")
    void a_path_that_climbs_out_of_the_archive_is_refused() {
        var files = renamed("therapeutic-relationship", "broken-path");
        files.put("../../evil.yaml", "id: evil\n");
        refused("broken-path", zip("broken-path", files), "path-traversal");
    }

    @Test
    @WithMockUser(username = "port-broken", roles = "INSTRUCTOR")
    void a_zip_bomb_stops_at_the_unpacked_limit() {
        var files = renamed("therapeutic-relationship", "broken-bomb");
        String zeros = "0".repeat(1_900_000);
        for (int i = 0; i < 12; i++) {
            files.put("padding/zeros-" + i + ".txt", zeros);
        }
        byte[] bomb = zip("broken-bomb", files);
        assertThat(bomb.length).as("small packed, 22 MB unpacked").isLessThan(1_000_000);
        refused("broken-bomb", bomb, "archive-too-large");
    }

    @Test
    @WithMockUser(username = "port-broken", roles = "INSTRUCTOR")
    void a_huge_file_is_refused() {
        var files = renamed("therapeutic-relationship", "broken-huge");
        String lesson = "lessons/l1-what-makes-therapy-work.md";
        files.put(lesson, files.get(lesson) + "\nWords without end. ".repeat(150_000));
        var problem = refused("broken-huge", zip("broken-huge", files), "file-too-large")
                .errors()
                .getFirst();
        assertThat(problem.file()).endsWith(lesson);
    }

    @Test
    @WithMockUser(username = "port-broken", roles = "INSTRUCTOR")
    void two_entries_with_the_same_name_are_refused_naming_the_entry_and_nothing_is_stored() {
        var files = renamed("therapeutic-relationship", "broken-twice");
        // Either copy alone would import: the second only changes the title.
        String otherCourseYaml = files.get("course.yaml").replaceFirst("(?m)^title: .*$", "title: The other copy");
        byte[] zip = CourseZips.zipWithDuplicate("broken-twice", files, "course.yaml", otherCourseYaml);

        var invalid = refused("broken-twice", zip, "duplicate-entry");

        assertThat(invalid.errors()).singleElement().satisfies(p -> {
            assertThat(p.params()).containsEntry("entry", "broken-twice/course.yaml");
            assertThat(p.message()).contains("'broken-twice/course.yaml' twice");
        });
    }

    @Test
    @WithMockUser(username = "port-broken", roles = "INSTRUCTOR")
    void something_that_is_not_a_zip_is_refused() {
        long before = versions();
        var result = portability.importZip("id: not-a-zip\n".getBytes());
        assertThat(result).isInstanceOf(ImportResult.Invalid.class);
        assertThat(versions()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"therapeutic-relationship", "here-and-now"})
    @WithMockUser(
            username = "admin",
            roles = {"ADMIN", "INSTRUCTOR"})
    void export_then_import_gives_the_same_course(String courseId) {
        String folderHash = CourseReader.fromFolder(CourseZips.CONTENT.resolve(courseId))
                .contentHash()
                .orElseThrow();
        var published = staff.taught(courseId).orElseThrow();
        var archive = portability.export(courseId).orElseThrow();
        assertThat(archive.fileName()).isEqualTo(courseId + ".zip");

        var read = CourseReader.fromZip(new ByteArrayInputStream(archive.bytes()));
        assertThat(read.errors()).isEmpty();
        assertThat(read.contentHash()).contains(folderHash).contains(published.contentHash());
        assertThat(portability.export(courseId).orElseThrow().bytes())
                .as("the same bytes each time")
                .isEqualTo(archive.bytes());

        long before = versions();
        var again = (ImportResult.Published) portability.importZip(archive.bytes());
        assertThat(again.outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(again.contentHash()).isEqualTo(folderHash);
        assertThat(again.versionId()).isEqualTo(published.versionId());
        assertThat(versions()).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "port-owner", roles = "INSTRUCTOR")
    void an_instructor_imports_a_new_course_then_a_new_version_of_it() {
        var files = renamed("here-and-now", "port-owner-course");
        var first = (ImportResult.Published) portability.importZip(zip("port-owner-course", files));
        assertThat(first.outcome()).isEqualTo(Outcome.NEW_COURSE);
        assertThat(owner("port-owner-course")).isEqualTo("port-owner");
        assertThat(staff.taughtCourses())
                .extracting(CourseStaff.TaughtCourse::courseId)
                .contains("port-owner-course");

        // A zip without a top folder reads the same; a changed title is a new version.
        files.put(
                "course.yaml",
                files.get("course.yaml").replaceFirst("(?m)^title: .*$", "title: Here and now, revised"));
        var second = (ImportResult.Published) portability.importZip(zip("", files));
        assertThat(second.outcome()).isEqualTo(Outcome.NEW_VERSION);
        assertThat(second.versionId()).isGreaterThan(first.versionId());
        assertThat(staff.taught("port-owner-course").orElseThrow().course().title())
                .isEqualTo("Here and now, revised");

        var export = portability.export("port-owner-course").orElseThrow();
        assertThat(CourseReader.fromZip(new ByteArrayInputStream(export.bytes()))
                        .contentHash())
                .contains(second.contentHash());

        long before = versions();
        var back = portability.importZip(zip("port-owner-course", renamed("here-and-now", "port-owner-course")));
        assertThat(back).isEqualTo(new ImportResult.Refused("portability.import.earlier-version", "port-owner-course"));
        assertThat(versions()).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "port-copier", roles = "INSTRUCTOR")
    void an_instructor_copies_a_bundled_course_into_one_of_their_own() {
        var source = portability.copySource("here-and-now").orElseThrow();
        assertThat(source.suggestedId()).isEqualTo("here-and-now-port-copier");

        var copy = (ImportResult.Published) portability.copy("here-and-now", source.suggestedId());
        assertThat(copy.outcome()).isEqualTo(Outcome.NEW_COURSE);
        assertThat(owner("here-and-now-port-copier")).isEqualTo("port-copier");
        assertThat(owner("here-and-now")).as("the original stays the library's").isEqualTo("library");
        var copied = staff.taught("here-and-now-port-copier").orElseThrow().course();
        assertThat(copied.id()).isEqualTo("here-and-now-port-copier");
        assertThat(copied.title()).isEqualTo(source.title());
        assertThat(CourseReader.fromZip(new ByteArrayInputStream(portability
                                .export("here-and-now-port-copier")
                                .orElseThrow()
                                .bytes()))
                        .errors())
                .isEmpty();

        assertThat(portability.copy("here-and-now", "here-and-now-port-copier"))
                .isEqualTo(new ImportResult.Refused("portability.copy.id-taken", "here-and-now-port-copier"));
        assertThat(portability.copy("here-and-now", "Not An Id!"))
                .isEqualTo(new ImportResult.Refused("portability.copy.invalid-id", "Not An Id!"));
        assertThat(portability.copy("no-such-course", "whatever"))
                .isEqualTo(new ImportResult.Refused("catalog.not-found", "no-such-course"));
    }

    @Test
    void a_suggested_id_is_a_valid_course_id_whatever_the_username() {
        assertThat(CoursePortability.suggestedId("here-and-now", "ana.l_b")).isEqualTo("here-and-now-ana-l-b");
        String longId = "a".repeat(60);
        assertThat(CoursePortability.suggestedId(longId, "someone"))
                .hasSize(64)
                .endsWith("-someone")
                .matches(CoursePortability.COURSE_ID);
    }

    @Test
    @WithMockUser(
            username = "admin",
            roles = {"ADMIN", "INSTRUCTOR"})
    void an_admin_hands_a_course_over_and_assigns_co_instructors() {
        accounts.register("Handover Giver", "port-giver", "a long walk by the river");
        accounts.register("Handover Taker", "port-taker", "a long walk by the river");
        accounts.changeRole("port-taker", AccountRole.INSTRUCTOR);
        var created = (ImportResult.Published)
                portability.importZip(zip("port-handed", renamed("here-and-now", "port-handed")));
        assertThat(owner("port-handed")).as("an admin's import is theirs").isEqualTo("admin");

        staff.transfer("port-handed", "port-taker");
        assertThat(owner("port-handed")).isEqualTo("port-taker");
        assertThatThrownBy(() -> staff.addInstructor("port-handed", "port-giver"))
                .as("a student account cannot teach")
                .isInstanceOf(CatalogException.class);
        staff.addInstructor("port-handed", "instructor");
        assertThat(staff.taughtCourses())
                .filteredOn(c -> c.courseId().equals("port-handed"))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.owner()).isEqualTo("port-taker");
                    assertThat(c.coInstructors()).containsExactly("instructor");
                    assertThat(c.versionId()).isEqualTo(created.versionId());
                });
        staff.removeInstructor("port-handed", "instructor");
        assertThat(staff.taughtCourses())
                .filteredOn(c -> c.courseId().equals("port-handed"))
                .singleElement()
                .satisfies(c -> assertThat(c.coInstructors()).isEmpty());
    }

    @Test
    @WithMockUser(username = "port-b", roles = "INSTRUCTOR")
    void instructor_b_cannot_see_export_copy_or_overwrite_instructor_a_s_course() {
        // Instructor A's course, stored as A's import would store it.
        var files = renamed("here-and-now", "port-a-course");
        CourseZips.publishAs(context, "port-a", files);

        assertThat(staff.canTeach("port-a-course")).isFalse();
        assertThat(staff.taught("port-a-course")).isEmpty();
        assertThat(staff.taughtCourses())
                .extracting(CourseStaff.TaughtCourse::courseId)
                .doesNotContain("port-a-course");
        assertThat(portability.export("port-a-course")).isEmpty();
        assertThat(portability.copySource("port-a-course")).isEmpty();
        assertThat(portability.copy("port-a-course", "port-b-stolen"))
                .isEqualTo(new ImportResult.Refused("catalog.not-found", "port-a-course"));

        long before = versions();
        assertThat(portability.importZip(zip("port-a-course", files)))
                .isEqualTo(new ImportResult.Refused("portability.import.not-yours", "port-a-course"));
        assertThat(versions()).isEqualTo(before);
        assertThat(owner("port-a-course")).isEqualTo("port-a");

        assertThatThrownBy(() -> staff.transfer("port-a-course", "port-b"))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> staff.addInstructor("port-a-course", "port-b"))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithMockUser(username = "port-student", roles = "STUDENT")
    void a_student_may_not_import() {
        assertThatThrownBy(() -> portability.importZip(zip("x", Map.of())))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> portability.export("here-and-now")).isInstanceOf(AuthorizationDeniedException.class);
        assertThat(new TreeMap<>(bundled("here-and-now"))).containsKey("course.yaml");
    }
}
