package org.alliance.web.editor.ui;

import static org.alliance.web.catalog.CourseZips.renamed;
import static org.alliance.web.catalog.CourseZips.zip;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import java.util.Map;
import org.alliance.web.AllianceTest;
import org.alliance.web.account.AccountService;
import org.alliance.web.catalog.CoursePortability;
import org.alliance.web.catalog.CourseStaff;
import org.alliance.web.editor.Drafts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Publishing from the editor: what the author is told, in words, when it works and when it is refused. */
@AllianceTest
class DraftPublishingViewTest extends SpringBrowserlessTest {
    private static final String COURSE = "publish-words";

    @Autowired
    AccountService accounts;

    @Autowired
    CoursePortability portability;

    @Autowired
    CourseStaff staff;

    @Autowired
    Drafts drafts;

    private void publishFromTheEditor(String courseYaml) {
        drafts.open(COURSE);
        drafts.save(COURSE, "course.yaml", courseYaml);
        var view = navigate(DraftEditorView.class, Map.of("courseId", COURSE));
        test(view.publish).click();
    }

    private List<String> notifications() {
        return find(Notification.class).all().stream()
                .map(n -> test(n).getText())
                .toList();
    }

    @Test
    @WithMockUser(username = "publish-words", roles = "INSTRUCTOR")
    void the_editor_names_the_new_version_by_its_number_and_a_refusal_by_the_course() {
        accounts.register("Test publish-words", "publish-words", "a long walk by the river");
        portability.importZip(zip(COURSE, renamed("here-and-now", COURSE)));
        String first = staff.publishedFiles(COURSE).orElseThrow().files().get("course.yaml");

        publishFromTheEditor(first.replaceFirst("(?m)^title: .*$", "title: Renamed in the editor"));
        assertThat(notifications()).contains("Published as version 2.");

        // Back to the first version's content: refused, and the message names the course instead of "{0}".
        publishFromTheEditor(first);
        assertThat(notifications())
                .anySatisfy(text -> assertThat(text)
                        .startsWith("This content equals an earlier version of \"" + COURSE + "\".")
                        .doesNotContain("{0}"));
    }
}
