package org.alliance.web.assessment.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.alliance.core.scoring.Response;
import org.alliance.web.assessment.QuizAttempts;
import org.alliance.web.assessment.QuizViews.BeforeSubmit;
import org.alliance.web.assessment.QuizViews.OpenQuiz;
import org.alliance.web.assessment.QuizViews.SavedAnswer;
import org.alliance.web.learning.LessonRenderer;
import org.alliance.web.navigation.Routes;
import org.jspecify.annotations.Nullable;

/**
 * Plays a quiz attempt. Every entry is saved on the server as it is made (interactive: pending until checked);
 * the server keeps the time limit and says, before submission, which questions are unanswered or unchecked.
 */
@Route(Routes.QUIZ_ATTEMPT)
@PermitAll
public class QuizPlayerView extends Div implements BeforeEnterObserver, HasDynamicTitle {
    private final transient QuizAttempts attempts;
    private final transient LessonRenderer renderer;
    private final transient Clock clock;
    final List<ItemPanel> panels = new ArrayList<>();
    final Button submit = new Button();
    final Span timeLeft = new Span();
    private String title = "";
    private String attemptId = "";
    private @Nullable Instant deadline;
    private com.vaadin.flow.shared.@Nullable Registration poll;
    private static final int POLL_MILLIS = 30_000;

    /** The player's way to the server: every entry is kept as it is made, Check commits a try. */
    private final ItemPanel.Answers answers = new ItemPanel.Answers() {
        @Override
        public SavedAnswer check(String itemId, Response response) {
            var saved = attempts.answer(attemptId, itemId, response);
            updateTimeLeft();
            return saved;
        }

        @Override
        public boolean keep(String itemId, Response entry) {
            attempts.keep(attemptId, itemId, entry);
            updateTimeLeft();
            return true;
        }
    };

    QuizPlayerView(QuizAttempts attempts, LessonRenderer renderer, Clock clock) {
        this.attempts = attempts;
        this.clock = clock;
        this.renderer = renderer;
        addClassName("page");
        addClassName("quiz-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        attemptId = event.getRouteParameters().get("attemptId").orElse("");
        Optional<OpenQuiz> quiz = attempts.open(attemptId);
        if (quiz.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (quiz.get().submitted()) {
            event.forwardTo(QuizReviewView.class, new RouteParameters("attemptId", attemptId));
            return;
        }
        show(quiz.get());
    }

    private void show(OpenQuiz quiz) {
        removeAll();
        panels.clear();
        title = quiz.title();
        deadline = quiz.deadline();
        var intro =
                new Paragraph(getTranslation(quiz.interactive() ? "quiz.player.interactive" : "quiz.player.deferred"));
        intro.addClassName("hint");
        timeLeft.setId("time-left");
        timeLeft.addClassName("time-left");
        add(new H1(quiz.title()), intro, timeLeft);
        updateTimeLeft();
        int number = 1;
        for (var item : quiz.items()) {
            var panel = new ItemPanel(
                    number++,
                    item,
                    quiz.interactive(),
                    quiz.triesPerItem(),
                    Optional.ofNullable(quiz.saved().get(item.id())),
                    Optional.ofNullable(quiz.pending().get(item.id())),
                    answers,
                    renderer);
            panels.add(panel);
            add(panel);
        }
        submit.setId("quiz-submit");
        submit.setText(getTranslation("quiz.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> confirmSubmit());
        var footer = new Div(submit);
        footer.addClassName("quiz-footer");
        add(footer);
    }

    /**
     * Asks before submitting, listing by number the questions that would score nothing and the answers not yet
     * checked (which submission checks as their final try), as the server has them.
     */
    private void confirmSubmit() {
        BeforeSubmit before = attempts.beforeSubmit(attemptId);
        if (before.submitted()) {
            submitNow(); // the time ran out meanwhile: straight to the review
            return;
        }
        var text = new Div();
        text.setId("quiz-submit-summary");
        if (!before.unanswered().isEmpty()) {
            text.add(new Paragraph(getTranslation("quiz.submit.unanswered", numbers(before.unanswered()))));
        }
        if (!before.unchecked().isEmpty()) {
            text.add(new Paragraph(getTranslation("quiz.submit.unchecked", numbers(before.unchecked()))));
        }
        if (before.unanswered().isEmpty() && before.unchecked().isEmpty()) {
            text.add(new Paragraph(getTranslation("quiz.submit.all-answered")));
        }
        text.add(new Paragraph(getTranslation("quiz.submit.final")));
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("quiz.submit.title"));
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("quiz.submit.keep-working"));
        dialog.setConfirmText(getTranslation("quiz.submit"));
        dialog.addConfirmListener(e -> submitNow());
        dialog.open();
    }

    private static String numbers(List<Integer> numbers) {
        return numbers.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** Safe to reach twice: the service keeps the first submission. */
    void submitNow() {
        attempts.submit(attemptId);
        getUI().ifPresent(ui -> ui.navigate(QuizReviewView.class, new RouteParameters("attemptId", attemptId)));
    }

    private void updateTimeLeft() {
        if (deadline == null) {
            timeLeft.setVisible(false);
            return;
        }
        long minutes = Math.max(0, Duration.between(clock.instant(), deadline).toMinutes());
        timeLeft.setText(getTranslation("quiz.time-left", minutes));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (deadline != null && clock.instant().isBefore(deadline)) {
            // The server enforces the deadline; polling only keeps the shown time fresh and ends the attempt.
            event.getUI().setPollInterval(POLL_MILLIS);
            poll = event.getUI().addPollListener(e -> onPoll());
        }
    }

    /**
     * Each poll is a request that keeps the session alive, so polling ends with the time limit: an abandoned
     * timed quiz keeps its session no longer than that, and the idle sign-out takes over.
     */
    void onPoll() {
        updateTimeLeft();
        if (deadline == null || !clock.instant().isBefore(deadline)) {
            stopPolling();
            if (deadline != null) {
                submitNow();
            }
        }
    }

    boolean polling() {
        return poll != null;
    }

    private void stopPolling() {
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
        if (poll != null) {
            poll.remove();
            poll = null;
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (poll != null) {
            poll.remove();
            poll = null;
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
