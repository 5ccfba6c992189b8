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
    @Autowired Drafts drafts;
    @Autowired CourseStaff staff;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_new_course_starts_valid_shows_errors_at_their_file_and_line_and_publishes_once_fixed() {
        signIn("instructor", "INSTRUCTOR");
        drafts.create("drafted-course", "A drafted course");
        assertThat(drafts.check("drafted-course").errors()).as("the template reads cleanly").isEmpty();

        String quiz = drafts.addFile("drafted-course", FileTemplates.Kind.QUIZ, "dq1");
        String vignette = drafts.addFile("drafted-course", FileTemplates.Kind.BRANCHING_VIGNETTE, "dv1");
        String freeText = drafts.addFile("drafted-course", FileTemplates.Kind.FREE_TEXT_VIGNETTE, "dv2");
        assertThat(quiz).isEqualTo("quizzes/dq1.yaml");
        var lesson = drafts.open("drafted-course").orElseThrow().get("lessons/l1-first-lesson.md");
        drafts.save("drafted-course", "lessons/l1-first-lesson.md",
                lesson.replace("activities: []", "activities: [dq1, dv1, dv2, no-such-activity]"));

        var broken = drafts.check("drafted-course");
        assertThat(broken.course()).isEmpty();
        assertThat(broken.errors()).anySatisfy(p -> {
            assertThat(p.toString()).contains("lessons/l1-first-lesson.md").contains("no-such-activity");
        });
        assertThat(drafts.publish("drafted-course")).isInstanceOf(ImportResult.Invalid.class);

        drafts.save("drafted-course", "lessons/l1-first-lesson.md",
                lesson.replace("activities: []", "activities: [dq1, dv1, dv2]"));
        assertThat(drafts.check("drafted-course").errors()).isEmpty();
        assertThat(drafts.check("drafted-course").warnings()).as("the file templates pass the assessment audit")
                .isEmpty();
        var published = drafts.publish("drafted-course");
        assertThat(published).isInstanceOf(ImportResult.Published.class);
        assertThat(staff.canTeach("drafted-course")).isTrue();
        assertThat(staff.taught("drafted-course").orElseThrow().course().vignettes()).hasSize(2);
        assertThat(vignette).isEqualTo("vignettes/dv1.yaml");
        assertThat(freeText).isEqualTo("vignettes/dv2.yaml");
    }

    @Test
    void another_instructor_cannot_open_or_edit_a_draft_and_odd_paths_are_refused() {
        signIn("instructor", "INSTRUCTOR");
        drafts.create("private-draft", "Mine");
        assertThatThrownBy(() -> drafts.save("private-draft", "../etc/passwd", "x")).hasMessage("editor.invalid-path");
        signIn("another-teacher", "INSTRUCTOR");
        assertThat(drafts.open("private-draft")).isEmpty();
        assertThatThrownBy(() -> drafts.save("private-draft", "course.yaml", "x")).hasMessage("catalog.not-found");
        assertThatThrownBy(() -> drafts.create("therapeutic-relationship", "Taken")).hasMessage("editor.id-taken");
    }
}
