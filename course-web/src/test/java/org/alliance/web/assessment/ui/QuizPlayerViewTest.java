package org.alliance.web.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.Map;
import org.alliance.web.account.AccountService;
import org.alliance.web.assessment.QuizAttempts;
import org.alliance.web.catalog.CourseCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.alliance.web.AllianceTest;
import org.springframework.security.test.context.support.WithMockUser;

@AllianceTest
class QuizPlayerViewTest extends SpringBrowserlessTest {
    @Autowired CourseCatalog catalog;
    @Autowired QuizAttempts attempts;

    @Autowired AccountService accounts;

    /** The signed-in test user, as a real account (the layout shows its name). */
    private QuizPlayerView startQuiz() {
        String me = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication()
                .getName();
        accounts.register("Player " + me, me, "a long enough password");
        catalog.enrol("timed-test", null);
        String id = attempts.start("timed-test", "tq-timed");
        return navigate(QuizPlayerView.class, Map.of("attemptId", id));
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<Object> radios(ItemPanel panel) {
        return (RadioButtonGroup<Object>) panel.input.component();
    }

    @Test
    @WithMockUser(username = "player-one", roles = "STUDENT")
    void an_answer_shows_saved_only_after_it_is_committed_and_survives_a_reload() {
        QuizPlayerView view = startQuiz();
        ItemPanel first = view.panels.stream().filter(p -> p.getId().orElseThrow().equals("item-tq-i1"))
                .findFirst().orElseThrow();
        assertThat(first.status.getText()).isEmpty();
        test(radios(first)).selectItem("Goals, tasks and bond");
        assertThat(first.status.getText()).isEqualTo("Saved.");
        assertThat(first.feedback.getChildren()).as("deferred: no feedback yet").isEmpty();

        String attemptId = view.getUI().orElseThrow().getActiveViewLocation().getSegments().get(1);
        QuizPlayerView reloaded = navigate(QuizPlayerView.class, Map.of("attemptId", attemptId));
        ItemPanel again = reloaded.panels.stream().filter(p -> p.getId().orElseThrow().equals("item-tq-i1"))
                .findFirst().orElseThrow();
        assertThat(radios(again).getValue()).isEqualTo("a");
        assertThat(again.status.getText()).isEqualTo("Saved earlier.");
    }

    @Test
    @WithMockUser(username = "player-two", roles = "STUDENT")
    void submitting_asks_first_then_shows_the_review() {
        QuizPlayerView view = startQuiz();
        test(view.submit).click();
        ConfirmDialog dialog = find(ConfirmDialog.class).single();
        assertThat(test(dialog).getText()).contains("2 questions have no saved answer");
        test(dialog).confirm();
        assertThat(getCurrentView()).isInstanceOf(QuizReviewView.class);
        assertThat(((QuizReviewView) getCurrentView()).score.getText()).isEqualTo("Score 0 %: not yet passed.");
    }
}
