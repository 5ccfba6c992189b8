package org.alliance.web.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import org.alliance.web.AllianceTest;
import org.alliance.web.shell.ui.NotFoundView;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Every preview that cannot be shown (unknown course, unknown activity, a course or draft this instructor may
 * not see; a draft activity with errors is in DraftPreviewTest) answers the same "not found", for quizzes and vignettes, published
 * and draft alike, so the answer tells nothing about what exists.
 */
@AllianceTest
class PreviewNotFoundTest extends SpringBrowserlessTest {
    @Test
    @WithMockUser(username = "stranger-previewer", roles = "INSTRUCTOR")
    void missing_and_forbidden_previews_all_answer_not_found() {
        List<String> shown = new ArrayList<>();
        for (String kind : List.of("quizzes", "vignettes")) {
            for (String location : List.of(
                    "teaching/no-such-course/preview/" + kind + "/x1",
                    "teaching/no-such-course/edit/preview/" + kind + "/x1",
                    "teaching/therapeutic-relationship/preview/" + kind + "/no-such-activity",
                    "teaching/therapeutic-relationship/edit/preview/" + kind + "/no-such-activity",
                    // A bundled course this instructor does not teach, with activities that exist.
                    "teaching/therapeutic-relationship/preview/quizzes/q3-facilitative-conditions",
                    "teaching/therapeutic-relationship/preview/vignettes/v4-bracing-for-criticism",
                    "teaching/therapeutic-relationship/edit/preview/quizzes/q3-facilitative-conditions")) {
                navigate(location, Component.class);
                if (!(getCurrentView() instanceof NotFoundView)) {
                    shown.add(location + " -> " + getCurrentView().getClass().getSimpleName());
                }
            }
        }
        assertThat(shown).as("previews that did not answer not found").isEmpty();
    }
}
