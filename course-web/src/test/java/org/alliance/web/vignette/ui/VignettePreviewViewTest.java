package org.alliance.web.vignette.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.Map;
import org.alliance.web.AllianceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

@AllianceTest
class VignettePreviewViewTest extends SpringBrowserlessTest {
    @Autowired
    JdbcClient jdbc;

    @Test
    @WithMockUser(username = "instructor", roles = "INSTRUCTOR")
    void a_teacher_plays_a_branching_vignette_to_its_debrief_and_nothing_is_recorded() {
        long before = jdbc.sql("select count(*) from vignette_attempt")
                .query(Long.class)
                .single();
        navigate(
                VignettePreviewView.class,
                Map.of("courseId", "therapeutic-relationship", "vignetteId", "v6-diary-withdrawal"));
        for (int step = 0; step < 10 && find(DebriefPanel.class).all().isEmpty(); step++) {
            BranchingPanel panel = find(BranchingPanel.class).single();
            panel.replies.setValue(
                    panel.replies.getListDataView().getItems().findFirst().orElseThrow());
            test(panel.respond).click();
        }
        assertThat(find(DebriefPanel.class).single().score.getText()).startsWith("Score ");
        assertThat(jdbc.sql("select count(*) from vignette_attempt")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }
}
