package org.alliance.web.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.Map;
import org.alliance.web.AllianceTest;
import org.alliance.web.shell.ui.NotFoundView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

@AllianceTest
class QuizPreviewViewTest extends SpringBrowserlessTest {
    @Autowired
    JdbcClient jdbc;

    @Test
    @WithMockUser(username = "instructor", roles = "INSTRUCTOR")
    void a_teacher_previews_a_quiz_with_feedback_and_nothing_is_recorded() {
        long before = jdbc.sql("select count(*) from attempt_answer")
                .query(Long.class)
                .single();
        navigate(
                QuizPreviewView.class,
                Map.of("courseId", "therapeutic-relationship", "quizId", "q3-facilitative-conditions"));
        ItemPanel first = find(ItemPanel.class).all().stream()
                .filter(p -> p.input.component() instanceof RadioButtonGroup<?>)
                .findFirst()
                .orElseThrow();
        @SuppressWarnings("unchecked")
        var radios = (RadioButtonGroup<Object>) first.input.component();
        radios.setValue(radios.getListDataView().getItems().findFirst().orElseThrow());
        test(first.check).click();
        assertThat(first.feedback.getChildren()).isNotEmpty();
        assertThat(first.status.getText()).isEqualTo("Checked; nothing is recorded.");
        assertThat(jdbc.sql("select count(*) from attempt_answer")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "stranger-previewer", roles = "INSTRUCTOR")
    void an_instructor_who_does_not_teach_the_course_gets_not_found() {
        navigate("teaching/therapeutic-relationship/preview/quizzes/q3-facilitative-conditions", Component.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
