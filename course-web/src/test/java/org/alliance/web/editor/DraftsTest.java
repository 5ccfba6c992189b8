package org.alliance.web.editor;

import static org.alliance.web.TestUsers.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.alliance.web.AllianceTest;
import org.alliance.web.catalog.CourseStaff;
import org.alliance.web.catalog.ImportResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** Authoring in the browser: a draft is the course's files, read by the one reader, published as a version. */
@AllianceTest
class DraftsTest {
    private static final String LESSON = "lessons/l1-first-lesson.md";

    @Autowired
    Drafts drafts;

    @Autowired
    CourseStaff staff;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_new_course_starts_valid_shows_errors_at_their_file_and_line_and_publishes_once_fixed() {
        signIn("instructor", "INSTRUCTOR");
        drafts.create("drafted-course", "A drafted course");
        assertThat(drafts.check("drafted-course").errors())
                .as("the template reads cleanly")
                .isEmpty();

        String quiz = drafts.addFile("drafted-course", FileTemplates.Kind.QUIZ, "dq1");
        String vignette = drafts.addFile("drafted-course", FileTemplates.Kind.BRANCHING_VIGNETTE, "dv1");
        String freeText = drafts.addFile("drafted-course", FileTemplates.Kind.FREE_TEXT_VIGNETTE, "dv2");
        assertThat(quiz).isEqualTo("quizzes/dq1.yaml");
        var lesson = drafts.open("drafted-course").orElseThrow().get("lessons/l1-first-lesson.md");
        drafts.save(
                "drafted-course",
                "lessons/l1-first-lesson.md",
                lesson.replace("activities: []", "activities: [dq1, dv1, dv2, no-such-activity]"));

        var broken = drafts.check("drafted-course");
        assertThat(broken.course()).isEmpty();
        assertThat(broken.errors()).anySatisfy(p -> {
            assertThat(p.toString()).contains("lessons/l1-first-lesson.md").contains("no-such-activity");
        });
        assertThat(drafts.publish("drafted-course")).isInstanceOf(ImportResult.Invalid.class);

        drafts.save(
                "drafted-course",
                "lessons/l1-first-lesson.md",
                lesson.replace("activities: []", "activities: [dq1, dv1, dv2]"));
        assertThat(drafts.check("drafted-course").errors()).isEmpty();
        assertThat(drafts.check("drafted-course").warnings())
                .as("the file templates pass the assessment audit")
                .isEmpty();
        var published = drafts.publish("drafted-course");
        assertThat(published).isInstanceOf(ImportResult.Published.class);
        assertThat(staff.canTeach("drafted-course")).isTrue();
        assertThat(staff.taught("drafted-course").orElseThrow().course().vignettes())
                .hasSize(2);
        assertThat(vignette).isEqualTo("vignettes/dv1.yaml");
        assertThat(freeText).isEqualTo("vignettes/dv2.yaml");
    }

    @Test
    void a_draft_begun_before_a_rollback_does_not_publish_over_it_silently() {
        signIn("instructor", "INSTRUCTOR");
        drafts.create("rolled-course", "Version one");
        var v1 = (ImportResult.Published) drafts.publish("rolled-course");
        String course = drafts.open("rolled-course").orElseThrow().get("course.yaml");
        drafts.save("rolled-course", "course.yaml", course.replace("Version one", "Version two"));
        var v2 = (ImportResult.Published) drafts.publish("rolled-course");

        // A draft begins from version 2 and edits the lesson; meanwhile the course is rolled back to version 1.
        String lesson = drafts.open("rolled-course").orElseThrow().get(LESSON);
        drafts.save("rolled-course", LESSON, lesson.replace("Write the lesson here", "Begin the lesson here"));
        assertThat(drafts.openDraft("rolled-course")).hasValueSatisfying(d -> {
            assertThat(d.author()).isEqualTo("instructor");
            assertThat(d.baseVersion()).hasValue(v2.versionId());
        });
        assertThat(drafts.drift("rolled-course"))
                .as("nothing published since the draft began")
                .isEmpty();
        long v3 = staff.rollBack("rolled-course", v1.versionId()).versionId();

        var drift = drafts.drift("rolled-course").orElseThrow();
        assertThat(drift.baseVersion()).isEqualTo(v2.versionId());
        assertThat(drift.currentVersion()).isEqualTo(v3);
        assertThat(drift.undone()).containsExactly(new Drift.Undone("course.yaml", Drift.Effect.REVERTED));
        assertThat(drafts.publish("rolled-course"))
                .as("never silently")
                .isEqualTo(new ImportResult.Refused("editor.draft-behind", "rolled-course"));
        assertThat(drafts.publishOver("rolled-course", v3 + 1))
                .as("confirmed over another version")
                .isInstanceOf(ImportResult.Refused.class);
        assertThat(staff.taught("rolled-course").orElseThrow().versionId())
                .as("nothing was published")
                .isEqualTo(v3);

        var published = drafts.publishOver("rolled-course", v3);
        assertThat(published).isInstanceOf(ImportResult.Published.class);
        var now = staff.taught("rolled-course").orElseThrow();
        assertThat(now.course().title())
                .as("the author chose to undo the rollback")
                .isEqualTo("Version two");
        assertThat(drafts.openDraft("rolled-course")).as("the draft is closed").isEmpty();
    }

    @Test
    void another_instructor_cannot_open_or_edit_a_draft_and_odd_paths_are_refused() {
        signIn("instructor", "INSTRUCTOR");
        drafts.create("private-draft", "Mine");
        assertThatThrownBy(() -> drafts.save("private-draft", "../etc/passwd", "x"))
                .hasMessage("editor.invalid-path");
        signIn("another-teacher", "INSTRUCTOR");
        assertThat(drafts.open("private-draft")).isEmpty();
        assertThatThrownBy(() -> drafts.save("private-draft", "course.yaml", "x"))
                .hasMessage("catalog.not-found");
        assertThatThrownBy(() -> drafts.create("therapeutic-relationship", "Taken"))
                .hasMessage("editor.id-taken");
    }
}
