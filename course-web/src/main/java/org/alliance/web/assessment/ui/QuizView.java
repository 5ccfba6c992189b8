package org.alliance.web.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.alliance.web.assessment.AttemptException;
import org.alliance.web.assessment.QuizAttempts;
import org.alliance.web.assessment.QuizViews.AttemptSummary;
import org.alliance.web.assessment.QuizViews.Overview;
import org.alliance.web.navigation.Links;
import org.alliance.web.navigation.Routes;
import org.alliance.web.ui.Actions;
import org.alliance.web.ui.RouteLinks;

/** A quiz's front page: its rules, the student's attempts so far, and start or continue. */
@Route(Routes.QUIZ)
@PermitAll
public class QuizView extends Div implements BeforeEnterObserver, HasDynamicTitle {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());
    private final transient QuizAttempts attempts;
    private String title = "";
    final Button start = new Button();

    QuizView(QuizAttempts attempts) {
        this.attempts = attempts;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getRouteParameters();
        var overview = attempts.overview(
                params.get("courseId").orElse(""), params.get("quizId").orElse(""));
        if (overview.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(overview.get());
    }

    private void show(Overview quiz) {
        removeAll();
        title = quiz.title();
        var back = RouteLinks.to(getTranslation("quiz.back-to-course"), Links.course(quiz.courseId()));
        back.addClassName("breadcrumb");
        var rules = new UnorderedList(
                new ListItem(getTranslation(quiz.interactive() ? "quiz.rules.interactive" : "quiz.rules.deferred")),
                new ListItem(
                        quiz.attemptsAllowed() == 0
                                ? getTranslation("quiz.rules.attempts-unlimited")
                                : getTranslation(
                                        "quiz.rules.attempts",
                                        quiz.attemptsAllowed(),
                                        quiz.attempts().size())),
                new ListItem(
                        quiz.timeLimitMinutes() == 0
                                ? getTranslation("quiz.rules.no-time-limit")
                                : getTranslation("quiz.rules.time-limit", quiz.timeLimitMinutes())),
                new ListItem(getTranslation(
                        "quiz.rules.grading." + quiz.gradingMethod().name(), percent(quiz.passMark()))));
        rules.addClassName("quiz-rules");
        add(back, new H1(quiz.title()), rules);
        quiz.grade().ifPresent(g -> {
            var grade = new Paragraph(getTranslation("quiz.grade", percent(g)));
            grade.addClassName("quiz-grade");
            grade.setId("quiz-grade");
            add(grade);
        });

        start.setId("quiz-start");
        start.setText(getTranslation(quiz.openAttempt().isPresent() ? "quiz.continue" : "quiz.start"));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setEnabled(quiz.canStart());
        start.addClickListener(e -> Actions.run("failure.quiz-start", () -> {
            try {
                String id = attempts.start(quiz.courseId(), quiz.quizId());
                getUI().ifPresent(ui -> ui.navigate(QuizPlayerView.class, new RouteParameters("attemptId", id)));
            } catch (AttemptException ex) {
                Notification.show(getTranslation(ex.messageKey()));
            }
        }));
        add(start);
        if (!quiz.canStart()) {
            add(new Paragraph(getTranslation("quiz.no-attempts-left")));
        }
        if (!quiz.attempts().isEmpty()) {
            add(new H2(getTranslation("quiz.history")), history(quiz));
        }
    }

    private Grid<AttemptSummary> history(Overview quiz) {
        var grid = new Grid<AttemptSummary>();
        grid.addColumn(AttemptSummary::number)
                .setHeader(getTranslation("quiz.history.number"))
                .setAutoWidth(true);
        grid.addColumn(a -> WHEN.format(a.startedAt()))
                .setHeader(getTranslation("quiz.history.started"))
                .setAutoWidth(true);
        grid.addColumn(a -> a.submittedAt() == null
                        ? getTranslation("quiz.history.in-progress")
                        : a.score().map(this::percent).orElse(""))
                .setHeader(getTranslation("quiz.history.score"))
                .setAutoWidth(true);
        grid.addComponentColumn(a -> a.submittedAt() == null
                        ? new RouterLink(
                                getTranslation("quiz.continue"),
                                QuizPlayerView.class,
                                new RouteParameters("attemptId", a.publicId()))
                        : new RouterLink(
                                getTranslation("quiz.history.review"),
                                QuizReviewView.class,
                                new RouteParameters("attemptId", a.publicId())))
                .setHeader(getTranslation("quiz.history.open"));
        grid.setItems(quiz.attempts());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("quiz.history"));
        return grid;
    }

    private String percent(double fraction) {
        return Math.round(fraction * 100) + " %";
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
