package org.alliance.web.gradebook.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.alliance.core.grading.ActivityStatus;
import org.alliance.web.account.Roles;
import org.alliance.web.gradebook.Gradebook;
import org.alliance.web.gradebook.Gradebook.AttemptLine;
import org.alliance.web.gradebook.GradebookException;
import org.alliance.web.navigation.Routes;

/** The gradebook's drill-down: every attempt one student made in the course, with its score and dates. */
@Route(Routes.STUDENT_ATTEMPTS)
@RolesAllowed(Roles.INSTRUCTOR)
public class StudentAttemptsView extends Div implements BeforeEnterObserver, HasDynamicTitle {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());
    private final transient Gradebook gradebook;
    private String title = "";
    final Grid<AttemptLine> attempts = new Grid<>();

    StudentAttemptsView(Gradebook gradebook) {
        this.gradebook = gradebook;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String courseId = event.getRouteParameters().get("courseId").orElse("");
        String username = event.getRouteParameters().get("username").orElse("");
        List<AttemptLine> lines;
        try {
            lines = gradebook.attempts(courseId, username);
        } catch (GradebookException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        title = username.startsWith("deleted-") ? getTranslation("gradebook.deleted-student") : username;
        var back = new RouterLink(
                getTranslation("gradebook.back-to-gradebook"),
                GradebookView.class,
                new RouteParameters("courseId", courseId));
        back.addClassName("breadcrumb");
        attempts.removeAllColumns();
        attempts.addColumn(AttemptLine::title)
                .setHeader(getTranslation("gradebook.attempt.activity"))
                .setAutoWidth(true);
        attempts.addColumn(a -> getTranslation("activity." + a.kind().name()))
                .setHeader(getTranslation("gradebook.attempt.kind"))
                .setAutoWidth(true);
        attempts.addColumn(a -> WHEN.format(a.startedAt()))
                .setHeader(getTranslation("gradebook.attempt.started"))
                .setAutoWidth(true);
        attempts.addColumn(a -> a.finishedAt() == null
                        ? getTranslation("gradebook.attempt.in-progress")
                        : WHEN.format(a.finishedAt()))
                .setHeader(getTranslation("gradebook.attempt.finished"))
                .setAutoWidth(true);
        attempts.addColumn(this::result)
                .setHeader(getTranslation("gradebook.attempt.score"))
                .setAutoWidth(true);
        attempts.setItems(lines);
        attempts.setAllRowsVisible(true);
        attempts.setAriaLabel(getTranslation("gradebook.attempts", title));
        add(back, new H1(getTranslation("gradebook.attempts", title)));
        add(lines.isEmpty() ? new Paragraph(getTranslation("gradebook.attempts.none")) : attempts);
    }

    /** The attempt's result; an open one says so in the finished column, so its result is a dash. */
    String result(AttemptLine line) {
        return switch (line.status()) {
            case ActivityStatus.Graded g -> Gradebook.percent(g.score()) + " %";
            case ActivityStatus.Excused e -> getTranslation("gradebook.excused");
            case ActivityStatus.AwaitingGrade a -> getTranslation("gradebook.awaiting");
            case ActivityStatus.InProgress p -> "–";
            case ActivityStatus.NotDone n -> "–";
            case ActivityStatus.Done d -> "–";
        };
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
