package org.alliance.web.drill.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.alliance.web.account.Roles;
import org.alliance.web.drill.DrillReport;
import org.alliance.web.drill.DrillTeachingViews.DrillPracticeSummary;
import org.alliance.web.drill.DrillTeachingViews.PracticeReport;
import org.alliance.web.drill.DrillTeachingViews.StudentPractice;
import org.alliance.web.navigation.Links;
import org.alliance.web.navigation.Routes;
import org.alliance.web.ui.RouteLinks;

/**
 * A taught course's practice report: per drill, a table of the students who practised it, with rounds,
 * statements, the highest level reached, active minutes and responses sent for feedback. Practice is never
 * graded; this shows effort, not performance.
 */
@Route(Routes.PRACTICE_REPORT)
@RolesAllowed(Roles.INSTRUCTOR)
public class PracticeReportView extends Div implements BeforeEnterObserver, HasDynamicTitle {
    private final transient DrillReport report;
    /** One table per drill with students, in the course's order; package-private for tests. */
    final List<Grid<StudentPractice>> tables = new ArrayList<>();

    PracticeReportView(DrillReport report) {
        this.report = report;
        addClassName("page");
        addClassName("practice-report-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String courseId = event.getRouteParameters().get("courseId").orElse("");
        var found = report.practice(courseId);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(found.get());
    }

    private void show(PracticeReport r) {
        removeAll();
        tables.clear();
        var back = RouteLinks.to(r.courseTitle(), Links.taughtCourse(r.courseId()));
        back.addClassName("breadcrumb");
        add(
                back,
                new H1(getTranslation("practice-report.title")),
                new Paragraph(getTranslation("practice-report.intro")));
        if (r.drills().isEmpty()) {
            add(new Paragraph(getTranslation("practice-report.no-drills")));
            return;
        }
        for (DrillPracticeSummary d : r.drills()) {
            var heading = new H2(getTranslation(
                    "practice-report.drill", d.title(), d.students().size()));
            heading.setId("practice-" + d.drillId() + "-heading");
            add(heading);
            if (d.students().isEmpty()) {
                add(new Paragraph(getTranslation("practice-report.nobody")));
                continue;
            }
            add(table(d));
        }
    }

    private Grid<StudentPractice> table(DrillPracticeSummary d) {
        var grid = new Grid<StudentPractice>();
        grid.addColumn(StudentPractice::student)
                .setHeader(getTranslation("practice-report.col.student"))
                .setAutoWidth(true)
                .setFlexGrow(2);
        grid.addColumn(StudentPractice::rounds)
                .setHeader(getTranslation("practice-report.col.rounds"))
                .setAutoWidth(true);
        grid.addColumn(StudentPractice::statements)
                .setHeader(getTranslation("practice-report.col.statements"))
                .setAutoWidth(true);
        grid.addColumn(s -> s.highest()
                        .map(l -> getTranslation("drill.level." + l.name()))
                        .orElse("–"))
                .setHeader(getTranslation("practice-report.col.level"))
                .setAutoWidth(true);
        grid.addColumn(StudentPractice::minutes)
                .setHeader(getTranslation("practice-report.col.minutes"))
                .setAutoWidth(true);
        grid.addColumn(s -> getTranslation("practice-report.feedback", s.feedbackOpen(), s.feedbackAnswered()))
                .setHeader(getTranslation("practice-report.col.feedback"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(d.students());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("practice-report.table", d.title()));
        grid.setId("practice-" + d.drillId());
        tables.add(grid);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("practice-report.title") + " · " + getTranslation("app.name");
    }
}
