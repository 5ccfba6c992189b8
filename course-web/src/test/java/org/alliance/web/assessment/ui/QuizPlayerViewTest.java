package org.alliance.web.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.alliance.web.AllianceTest;
import org.alliance.web.TestClock;
import org.alliance.web.account.AccountService;
import org.alliance.web.assessment.QuizAttempts;
import org.alliance.web.assessment.TriesCourse;
import org.alliance.web.catalog.CourseCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

@AllianceTest
class QuizPlayerViewTest extends SpringBrowserlessTest {
    @Autowired
    CourseCatalog catalog;

    @Autowired
    QuizAttempts attempts;

    @Autowired
    AccountService accounts;

    @Autowired
    ApplicationContext context;

    @Autowired
    TestClock clock;

    /** The signed-in test user, as a real account (the layout shows its name). */
    private QuizPlayerView startQuiz() {
        String me = SecurityContextHolder.getContext().getAuthentication().getName();
        accounts.register("Player " + me, me, "a long enough password");
        catalog.enrol("timed-test", null);
        String id = attempts.start("timed-test", "tq-timed");
        return navigate(QuizPlayerView.class, Map.of("attemptId", id));
    }

    /** The confirmation dialog's text, paragraph by paragraph, joined by spaces. */
    private String summary() {
        return find(Div.class)
                .withId("quiz-submit-summary")
                .single()
                .getChildren()
                .map(c -> c.getElement().getText())
                .collect(Collectors.joining(" "));
    }

    private static ItemPanel panel(QuizPlayerView view, String itemId) {
        return view.panels.stream()
                .filter(p -> p.getId().orElseThrow().equals("item-" + itemId))
                .findFirst()
                .orElseThrow();
    }

    /** An attempt at the interactive quiz (three tries), as the signed-in student. */
    private QuizPlayerView startInteractive() {
        TriesCourse.publish(context);
        String me = SecurityContextHolder.getContext().getAuthentication().getName();
        accounts.register("Player " + me, me, "a long enough password");
        catalog.enrol(TriesCourse.COURSE, null);
        String id = attempts.start(TriesCourse.COURSE, TriesCourse.QUIZ);
        return navigate(QuizPlayerView.class, Map.of("attemptId", id));
    }

    private QuizPlayerView reload(QuizPlayerView view) {
        String attemptId =
                view.getUI().orElseThrow().getActiveViewLocation().getSegments().get(1);
        return navigate(QuizPlayerView.class, Map.of("attemptId", attemptId));
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<Object> radios(ItemPanel panel) {
        return (RadioButtonGroup<Object>) panel.input.component();
    }

    @Test
    @WithMockUser(username = "player-one", roles = "STUDENT")
    void an_answer_shows_saved_only_after_it_is_committed_and_survives_a_reload() {
        QuizPlayerView view = startQuiz();
        ItemPanel first = view.panels.stream()
                .filter(p -> p.getId().orElseThrow().equals("item-tq-i1"))
                .findFirst()
                .orElseThrow();
        assertThat(first.status.getText()).isEmpty();
        test(radios(first)).selectItem("Goals, tasks and bond");
        assertThat(first.status.getText()).isEqualTo("Saved.");
        assertThat(first.feedback.getChildren()).as("deferred: no feedback yet").isEmpty();

        String attemptId =
                view.getUI().orElseThrow().getActiveViewLocation().getSegments().get(1);
        QuizPlayerView reloaded = navigate(QuizPlayerView.class, Map.of("attemptId", attemptId));
        ItemPanel again = reloaded.panels.stream()
                .filter(p -> p.getId().orElseThrow().equals("item-tq-i1"))
                .findFirst()
                .orElseThrow();
        assertThat(radios(again).getValue()).isEqualTo("a");
        assertThat(again.status.getText()).isEqualTo("Saved earlier.");
    }

    /** Polls keep a session alive, so a timed quiz polls only until its time limit (10 minutes) has passed. */
    @Test
    @WithMockUser(username = "player-poll-ends", roles = "STUDENT")
    void the_timed_quiz_stops_polling_once_its_time_limit_has_passed() {
        var view = startQuiz();
        var ui = view.getUI().orElseThrow();
        assertThat(view.polling()).isTrue();
        assertThat(ui.getPollInterval()).isPositive();

        clock.advance(Duration.ofMinutes(5));
        view.onPoll();
        assertThat(view.polling()).as("still within the time limit").isTrue();
        assertThat(ui.getPollInterval()).isPositive();

        clock.advance(Duration.ofMinutes(6));
        view.onPoll();
        assertThat(view.polling()).as("after the time limit").isFalse();
        assertThat(ui.getPollInterval()).isNegative();
        assertThat(ui.getActiveViewLocation().getPath()).startsWith("attempts/").endsWith("/review");
    }

    @Test
    @WithMockUser(username = "player-two", roles = "STUDENT")
    void submitting_asks_first_then_shows_the_review() {
        QuizPlayerView view = startQuiz();
        test(view.submit).click();
        ConfirmDialog dialog = find(ConfirmDialog.class).single();
        assertThat(summary())
                .isEqualTo("Questions with no answer, which score nothing: 1, 2."
                        + " Once submitted, answers can no longer change.");
        test(dialog).confirm();
        assertThat(getCurrentView()).isInstanceOf(QuizReviewView.class);
        assertThat(((QuizReviewView) getCurrentView()).score.getText()).isEqualTo("Score 0 %: not yet passed.");
    }

    @Test
    @WithMockUser(username = "player-pending", roles = "STUDENT")
    void an_interactive_choice_is_saved_unchecked_and_comes_back_unchecked_after_a_reload() {
        ItemPanel choice = panel(startInteractive(), "ti-choice");
        test(radios(choice)).selectItem("Liking warmth and agreement");
        assertThat(choice.status.getText()).isEqualTo("Saved, not checked yet.");
        assertThat(choice.feedback.getChildren()).as("choosing is not checking").isEmpty();
        assertThat(choice.check.isEnabled()).isTrue();

        ItemPanel again = panel(reload((QuizPlayerView) getCurrentView()), "ti-choice");
        assertThat(radios(again).getValue()).isEqualTo("b");
        assertThat(again.status.getText()).isEqualTo("Saved, not checked yet.");
        assertThat(again.feedback.getChildren()).isEmpty();
        assertThat(again.check.isEnabled()).isTrue();
    }

    @Test
    @WithMockUser(username = "player-changed", roles = "STUDENT")
    void after_a_try_a_new_choice_hides_the_feedback_until_it_is_checked_and_survives_a_reload() {
        ItemPanel choice = panel(startInteractive(), "ti-choice");
        test(radios(choice)).selectItem("Liking warmth and agreement");
        test(choice.check).click();
        assertThat(choice.status.getText()).isEqualTo("Try 1 of 3 used.");
        assertThat(choice.feedback.getChildren()).isNotEmpty();

        test(radios(choice)).selectItem("Goals tasks and bond");
        assertThat(choice.status.getText()).isEqualTo("Try 1 of 3 used. Your new answer is saved, not checked yet.");
        assertThat(choice.feedback.getChildren())
                .as("the feedback was about the other answer")
                .isEmpty();

        ItemPanel again = panel(reload((QuizPlayerView) getCurrentView()), "ti-choice");
        assertThat(radios(again).getValue()).isEqualTo("a");
        assertThat(again.status.getText()).isEqualTo("Try 1 of 3 used. Your new answer is saved, not checked yet.");
        assertThat(again.feedback.getChildren()).isEmpty();

        test(radios(again)).selectItem("Liking warmth and agreement");
        assertThat(again.status.getText()).as("back to the checked answer").isEqualTo("Try 1 of 3 used.");
        assertThat(again.feedback.getChildren()).isNotEmpty();
    }

    @Test
    @WithMockUser(username = "player-submits-unchecked", roles = "STUDENT")
    void the_submit_dialog_names_unchecked_and_unanswered_questions_and_the_unchecked_choice_is_scored() {
        QuizPlayerView view = startInteractive();
        test(radios(panel(view, "ti-choice"))).selectItem("Goals tasks and bond");
        test(view.submit).click();
        ConfirmDialog dialog = find(ConfirmDialog.class).single();
        assertThat(summary())
                .isEqualTo(
                        "Questions with no answer, which score nothing: 2, 3, 4."
                                + " Questions with an answer you have not checked: 1. Submitting checks each one as its last try,"
                                + " with the usual cost of a try after the first. Once submitted, answers can no longer change.");
        test(dialog).confirm();
        assertThat(((QuizReviewView) getCurrentView()).score.getText())
                .as("one of four right")
                .isEqualTo("Score 25 %: not yet passed.");
    }
}
