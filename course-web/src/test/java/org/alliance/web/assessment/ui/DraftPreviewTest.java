package org.alliance.web.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import org.alliance.web.AllianceTest;
import org.alliance.web.editor.Drafts;
import org.alliance.web.editor.FileTemplates;
import org.alliance.web.shell.ui.NotFoundView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/** "Preview as student" on a draft, before anything is published: its author only, and only without errors. */
@AllianceTest
class DraftPreviewTest extends SpringBrowserlessTest {
    @Autowired
    Drafts drafts;

    @Autowired
    JdbcClient jdbc;

    private String heading(String location) {
        navigate(location, Component.class);
        return find(H1.class).first().getText();
    }

    @Test
    @WithMockUser(username = "instructor", roles = "INSTRUCTOR")
    void an_author_plays_a_draft_quiz_and_vignette_before_publishing_and_nothing_is_recorded() {
        drafts.create("preview-draft", "Preview draft");
        drafts.addFile("preview-draft", FileTemplates.Kind.QUIZ, "pq1");
        drafts.addFile("preview-draft", FileTemplates.Kind.BRANCHING_VIGNETTE, "pv1");
        long answers = jdbc.sql("select count(*) from attempt_answer")
                .query(Long.class)
                .single();

        assertThat(heading("teaching/preview-draft/edit/preview/quizzes/pq1")).isEqualTo("Preview: A new quiz");
        ItemPanel item = find(ItemPanel.class).single();
        @SuppressWarnings("unchecked")
        var radios = (RadioButtonGroup<Object>) item.input.component();
        radios.setValue(radios.getListDataView().getItems().findFirst().orElseThrow());
        test(item.check).click();
        assertThat(item.feedback.getChildren()).isNotEmpty();
        assertThat(jdbc.sql("select count(*) from attempt_answer")
                        .query(Long.class)
                        .single())
                .isEqualTo(answers);

        assertThat(heading("teaching/preview-draft/edit/preview/vignettes/pv1"))
                .isEqualTo("Preview: A new branching vignette");

        String quiz = drafts.open("preview-draft").orElseThrow().get("quizzes/pq1.yaml");
        drafts.save("preview-draft", "quizzes/pq1.yaml", quiz.replace("credit: 1", "credit: 0"));
        assertThat(heading("teaching/preview-draft/edit/preview/quizzes/pq1"))
                .as("a quiz with no right answer is not played: not found, as any preview that cannot be shown")
                .isEqualTo("Page not found");
        assertThat(heading("teaching/preview-draft/edit/preview/vignettes/pv1"))
                .as("errors elsewhere do not block a clean activity")
                .isEqualTo("Preview: A new branching vignette");
    }

    @Test
    @WithMockUser(username = "instructor", roles = "INSTRUCTOR")
    void another_instructor_cannot_preview_someone_else_s_draft() {
        drafts.create("someone-elses-draft", "Private draft");
        drafts.addFile("someone-elses-draft", FileTemplates.Kind.QUIZ, "xq1");
        var other = new UsernamePasswordAuthenticationToken(
                "stranger-author", "n/a", List.of(new SimpleGrantedAuthority("ROLE_INSTRUCTOR")));
        SecurityContextHolder.getContext().setAuthentication(other);

        navigate("teaching/someone-elses-draft/edit/preview/quizzes/xq1", Component.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
