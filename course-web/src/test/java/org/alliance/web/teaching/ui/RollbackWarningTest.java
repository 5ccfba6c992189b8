package org.alliance.web.teaching.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.Map;
import org.alliance.web.AllianceTest;
import org.alliance.web.catalog.ImportResult;
import org.alliance.web.editor.Drafts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Rolling back while the course has an open draft says that the draft will not include the rollback. */
@AllianceTest
class RollbackWarningTest extends SpringBrowserlessTest {
    private static final String COURSE = "rollback-warning-course";

    @Autowired
    Drafts drafts;

    @Test
    @WithMockUser(username = "rollback-author", roles = "INSTRUCTOR")
    void rolling_back_warns_when_a_draft_is_open_and_not_otherwise() {
        drafts.create(COURSE, "One");
        drafts.publish(COURSE);
        drafts.save(
                COURSE,
                "course.yaml",
                drafts.open(COURSE).orElseThrow().get("course.yaml").replace("One", "Two"));
        var published2 = (ImportResult.Published) drafts.publish(COURSE);
        int v2 = published2.versionNumber();

        assertThat(rollbackText()).doesNotContain("draft");
        test(find(ConfirmDialog.class).single()).cancel();

        drafts.open(COURSE);
        assertThat(rollbackText())
                .contains("open draft, started by rollback-author from version " + v2)
                .contains("publishing it later would undo it");
    }

    private String rollbackText() {
        var view = navigate(VersionsView.class, Map.of("courseId", COURSE));
        test(find(Button.class, view).id("versions-rollback")).click();
        return test(find(ConfirmDialog.class).single()).getText();
    }
}
