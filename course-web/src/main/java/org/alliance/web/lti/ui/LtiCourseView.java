package org.alliance.web.lti.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.alliance.web.account.Roles;
import org.alliance.web.catalog.CourseStaff;
import org.alliance.web.lti.LmsCourses;
import org.alliance.web.lti.LmsCourses.GradeLine;
import org.alliance.web.navigation.Routes;
import org.alliance.web.ui.Actions;

/**
 * A taught course's LMS page: the LMS courses linked to it, grades waiting to be accepted by the LMS (with why the
 * last try failed, and "send again"), the latest delivered ones, and pulling the LMS roster into the enrolment.
 */
@Route(Routes.LTI_COURSE)
@RolesAllowed(Roles.INSTRUCTOR)
public class LtiCourseView extends Div implements BeforeEnterObserver, HasDynamicTitle {
    private final transient LmsCourses lms;
    private final transient CourseStaff staff;
    // Each action's result sits under its own button, where the person who pressed it is looking.
    private final Paragraph rosterStatus = status("lti-roster-status");
    private final Paragraph resendStatus = status("lti-resend-status");
    private final Grid<GradeLine> waiting = grid();
    private final Grid<GradeLine> sent = grid();
    private final Paragraph waitingNone = new Paragraph(getTranslation("lti.course.waiting.none"));
    private final Paragraph sentNone = new Paragraph(getTranslation("lti.course.sent.none"));
    private String courseId = "";
    private String title = "";

    LtiCourseView(LmsCourses lms, CourseStaff staff) {
        this.lms = lms;
        this.staff = staff;
        addClassName("page");
        setId("lti-course");
    }

    private static Paragraph status(String id) {
        var p = new Paragraph();
        p.setId(id);
        p.getElement().setAttribute("role", "status");
        return p;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        courseId = event.getRouteParameters().get("courseId").orElse("");
        var course = staff.taught(courseId).orElseThrow(NotFoundException::new);
        title = course.course().title();
        removeAll();
        add(new H1(getTranslation("lti.course.title", title)));
        rosterStatus.setText("");
        resendStatus.setText("");
        var contexts = lms.contexts(courseId);
        add(new H2(getTranslation("lti.course.links")));
        if (contexts.isEmpty()) {
            add(new Paragraph(getTranslation("lti.course.no-links")));
        } else {
            var list = new UnorderedList();
            contexts.forEach(c -> list.add(new ListItem(getTranslation("lti.course.link", c.platform(), c.title()))));
            add(list);
            var pull = new Button(
                    getTranslation("lti.course.roster"),
                    e -> Actions.run("failure.lti", () -> {
                        var r = lms.pullRoster(courseId);
                        rosterStatus.setText(getTranslation(
                                        "lti.course.roster.done", r.students(), r.staff(), r.refused())
                                + (r.unreachable() == 0
                                        ? ""
                                        : " " + getTranslation("lti.course.roster.unreachable", r.unreachable())));
                    }));
            pull.setId("lti-roster");
            add(pull, rosterStatus);
        }
        var resend = new Button(
                getTranslation("lti.course.resend"),
                e -> Actions.run("failure.lti", () -> {
                    int n = lms.resend(courseId);
                    resendStatus.setText(getTranslation("lti.course.resend.done", n));
                    refresh();
                }));
        resend.setId("lti-resend");
        add(new H2(getTranslation("lti.course.waiting")), waitingNone, waiting, resend, resendStatus);
        add(new H2(getTranslation("lti.course.sent")), sentNone, sent);
        refresh();
    }

    private void refresh() {
        show(waiting, waitingNone, lms.grades(courseId, false));
        show(sent, sentNone, lms.grades(courseId, true));
    }

    /** A grid of grades, or a sentence saying there are none (an empty grid reads as a broken page). */
    private static void show(Grid<GradeLine> grid, Paragraph none, java.util.List<GradeLine> lines) {
        grid.setItems(lines);
        grid.setVisible(!lines.isEmpty());
        none.setVisible(lines.isEmpty());
    }

    private Grid<GradeLine> grid() {
        var g = new Grid<GradeLine>();
        var time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withZone(ZoneId.systemDefault());
        // Short columns take their content's width; the activity and the error wrap into what is left, so the grid
        // fits a desktop page without scrolling sideways.
        g.addColumn(GradeLine::username)
                .setHeader(getTranslation("lti.course.col.student"))
                .setWidth("8em")
                .setFlexGrow(1);
        g.addColumn(GradeLine::activity)
                .setHeader(getTranslation("lti.course.col.activity"))
                .setWidth("10em")
                .setFlexGrow(2);
        g.addColumn(l -> l.score() == null ? "–" : String.format("%.1f / 100", l.score()))
                .setHeader(getTranslation("lti.course.col.score"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        g.addColumn(l -> progress(l.gradingProgress()))
                .setHeader(getTranslation("lti.course.col.progress"))
                .setWidth("8em")
                .setFlexGrow(1);
        g.addColumn(this::lastTry)
                .setHeader(getTranslation("lti.course.col.error"))
                .setWidth("12em")
                .setFlexGrow(2);
        g.addColumn(l -> time.format(l.at()))
                .setHeader(getTranslation("lti.course.col.at"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        g.setAllRowsVisible(true);
        g.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        g.setAriaLabel(getTranslation("lti.course.grades"));
        return g;
    }

    /** The AGS grading progress in the teacher's words; a code this page does not know is shown as it is. */
    private String progress(String gradingProgress) {
        return switch (gradingProgress) {
            case "FullyGraded", "PendingManual", "NotReady" -> getTranslation("lti.course.progress." + gradingProgress);
            default -> gradingProgress;
        };
    }

    /** Tries so far and the LMS's last answer, one cell: the two only mean something together. */
    private String lastTry(GradeLine l) {
        if (l.tries() == 0) {
            return "";
        }
        return l.lastError() == null
                ? getTranslation("lti.course.tries", l.tries())
                : getTranslation("lti.course.tries.error", l.tries(), l.lastError());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lti.course.title", title) + " · " + getTranslation("app.name");
    }
}
