package org.alliance.web.editor.ui;

import static org.alliance.web.catalog.CourseZips.renamed;
import static org.alliance.web.catalog.CourseZips.zip;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.AbstractField.ComponentValueChangeEvent;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.notification.Notification;
import java.util.Map;
import org.alliance.web.AllianceTest;
import org.alliance.web.account.AccountService;
import org.alliance.web.catalog.CoursePortability;
import org.alliance.web.catalog.CourseStaff;
import org.alliance.web.editor.Drafts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Entering the editor again (the same route, as the router does on re-entry) does not double its reactions. */
@AllianceTest
class DraftEditorReentryTest extends SpringBrowserlessTest {
    private static final String COURSE = "editor-reentry";

    @Autowired
    AccountService accounts;

    @Autowired
    CoursePortability portability;

    @Autowired
    CourseStaff staff;

    @Autowired
    Drafts drafts;

    @Test
    @WithMockUser(username = "editor-reentry", roles = "INSTRUCTOR")
    void entering_the_editor_twice_publishes_once_and_keeps_one_listener_per_field() {
        accounts.register("Test editor-reentry", "editor-reentry", "a long walk by the river");
        portability.importZip(zip(COURSE, renamed("here-and-now", COURSE)));
        drafts.open(COURSE);
        String courseYaml = drafts.open(COURSE).orElseThrow().get("course.yaml");
        drafts.save(COURSE, "course.yaml", courseYaml.replaceFirst("(?m)^title: .*$", "title: Entered twice"));

        var view = navigate(DraftEditorView.class, Map.of("courseId", COURSE));
        int fileListeners = valueListeners(view.files);
        int editorListeners = valueListeners(view.editor);
        int modeListeners = valueListeners(view.asForm);
        int publishListeners =
                ComponentUtil.getListeners(view.publish, ClickEvent.class).size();
        var again = navigate(DraftEditorView.class, Map.of("courseId", COURSE));
        assertThat(again).as("the router re-enters the view it shows").isSameAs(view);
        assertThat(valueListeners(view.files)).isEqualTo(fileListeners);
        assertThat(valueListeners(view.editor)).isEqualTo(editorListeners);
        assertThat(valueListeners(view.asForm)).isEqualTo(modeListeners);
        assertThat(ComponentUtil.getListeners(view.publish, ClickEvent.class)).hasSize(publishListeners);

        test(view.publish).click();
        // Twice would publish version 2 and then be refused as equal to it.
        assertThat(find(Notification.class).all())
                .extracting(n -> test(n).getText())
                .containsExactly("Published as version 2.");
        assertThat(staff.taught(COURSE).orElseThrow().versionNumber()).isEqualTo(2);
    }

    private static int valueListeners(Component field) {
        return ComponentUtil.getListeners(field, ComponentValueChangeEvent.class)
                .size();
    }
}
