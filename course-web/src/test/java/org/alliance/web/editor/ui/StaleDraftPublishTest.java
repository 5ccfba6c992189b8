package org.alliance.web.editor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.ListItem;
import java.util.Map;
import org.alliance.web.AllianceTest;
import org.alliance.web.catalog.CourseStaff;
import org.alliance.web.catalog.ImportResult;
import org.alliance.web.editor.Drafts;
import org.alliance.web.teaching.ui.TaughtCourseView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Publishing a draft begun before a rollback says what it would undo, and publishes only when confirmed. */
@AllianceTest
class StaleDraftPublishTest extends SpringBrowserlessTest {
    private static final String COURSE = "stale-draft-course";

    @Autowired
    Drafts drafts;

    @Autowired
    CourseStaff staff;

    @Test
    @WithMockUser(username = "stale-author", roles = "INSTRUCTOR")
    void the_author_sees_in_words_what_publishing_would_undo_and_may_go_back() {
        drafts.create(COURSE, "First title");
        long v1 = ((ImportResult.Published) drafts.publish(COURSE)).versionId();
        drafts.save(
                COURSE,
                "course.yaml",
                drafts.open(COURSE).orElseThrow().get("course.yaml").replace("First title", "Second title"));
        var published2 = (ImportResult.Published) drafts.publish(COURSE);
        int v2 = published2.versionNumber();
        String lesson = "lessons/l1-first-lesson.md";
        drafts.save(
                COURSE, lesson, drafts.open(COURSE).orElseThrow().get(lesson).replace("Write", "Begin"));
        long v3 = staff.rollBack(COURSE, v1).versionId();

        var view = navigate(DraftEditorView.class, Map.of("courseId", COURSE));
        test(view.publish).click();
        var dialog = find(DriftDialog.class).single();
        assertThat(dialog.undone.getChildren().map(c -> ((ListItem) c).getText()))
                .containsExactly("course.yaml was changed after version " + v2
                        + "; publishing would put back the text of version " + v2 + ", which the draft still has.");
        test(dialog).cancel();
        assertThat(staff.taught(COURSE).orElseThrow().versionId())
                .as("nothing published")
                .isEqualTo(v3);

        test(view.publish).click();
        test(find(DriftDialog.class).single()).confirm();
        assertThat(getCurrentView()).isInstanceOf(TaughtCourseView.class);
        assertThat(staff.taught(COURSE).orElseThrow().course().title()).isEqualTo("Second title");
    }
}
