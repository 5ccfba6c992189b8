package org.alliance.web.gradebook.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParam;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.alliance.core.grading.ActivityStatus;
import org.alliance.web.account.Roles;
import org.alliance.web.gradebook.Gradebook;
import org.alliance.web.gradebook.Gradebook.Cell;
import org.alliance.web.gradebook.Gradebook.Column;
import org.alliance.web.gradebook.Gradebook.CsvLabels;
import org.alliance.web.gradebook.Gradebook.Sort;
import org.alliance.web.gradebook.Gradebook.StudentRow;
import org.alliance.web.gradebook.GradebookException;
import org.alliance.web.navigation.Links;
import org.alliance.web.navigation.Routes;
import org.alliance.web.ui.RouteLinks;

/**
 * Students × graded activities of a taught course. The grid asks the service for one page at a time with
 * its sort and the name filter; each student opens their attempts; the CSV holds the filtered rows.
 */
@Route(Routes.GRADEBOOK)
@RolesAllowed(Roles.INSTRUCTOR)
public class GradebookView extends Div implements BeforeEnterObserver, HasDynamicTitle {
    private final transient Gradebook gradebook;
    private String courseId = "";
    final TextField filter = new TextField();
    final Grid<StudentRow> grid = new Grid<>();
    final Anchor csv = new Anchor();

    GradebookView(Gradebook gradebook) {
        this.gradebook = gradebook;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        courseId = event.getRouteParameters().get("courseId").orElse("");
        List<Column> columns;
        try {
            columns = gradebook.columns(courseId);
        } catch (GradebookException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        var back = RouteLinks.to(getTranslation("gradebook.back"), Links.taughtCourse(courseId));
        back.addClassName("breadcrumb");
        var intro = new Paragraph(getTranslation("gradebook.intro"));
        intro.addClassName("hint");

        filter.setLabel(getTranslation("gradebook.filter"));
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        // Streamed: rows go to the response as they are read, so a course of any size is never held in memory.
        csv.setHref((DownloadHandler) download -> {
            download.setFileName(courseId + "-gradebook.csv");
            download.setContentType("text/csv; charset=utf-8");
            gradebook.csv(courseId, filter.getValue(), labels(), download.getOutputStream());
        });
        csv.setText(getTranslation("gradebook.csv"));
        csv.setId("gradebook-csv");
        csv.getElement().setAttribute("download", true);
        var tools = new Div(filter, csv);
        tools.addClassName("gradebook-tools");

        configure(columns);
        add(back, new H1(getTranslation("gradebook.title")), intro, tools, grid);
    }

    private void configure(List<Column> columns) {
        grid.removeAllColumns();
        grid.addComponentColumn(row -> row.deleted()
                        ? new Div(getTranslation("gradebook.deleted-student"))
                        : new RouterLink(
                                row.username(),
                                StudentAttemptsView.class,
                                new RouteParameters(
                                        new RouteParam("courseId", courseId),
                                        new RouteParam("username", row.username()))))
                .setHeader(getTranslation("gradebook.col.student"))
                .setKey(Gradebook.STUDENT)
                .setSortProperty(Gradebook.STUDENT)
                .setFrozen(true)
                .setAutoWidth(true);
        for (Column c : columns) {
            grid.addColumn(row -> text(row.cells().get(c.activityId())))
                    .setHeader(c.title())
                    .setKey(c.activityId())
                    .setSortProperty(c.activityId())
                    .setAutoWidth(true);
        }
        grid.addColumn(row -> row.courseGrade() == null ? "" : Gradebook.percent(row.courseGrade()) + " %")
                .setHeader(getTranslation("gradebook.col.course-grade"))
                .setKey(Gradebook.COURSE_GRADE)
                .setSortProperty(Gradebook.COURSE_GRADE)
                .setAutoWidth(true);
        grid.setMultiSort(false);
        grid.setAriaLabel(getTranslation("gradebook.title"));
        grid.setItems(
                query -> gradebook
                        .page(
                                courseId,
                                filter.getValue(),
                                sorts(query.getSortOrders()),
                                query.getOffset(),
                                query.getLimit())
                        .stream(),
                query -> gradebook.count(courseId, filter.getValue()));
    }

    private static List<Sort> sorts(List<QuerySortOrder> orders) {
        return orders.stream()
                .map(o -> new Sort(o.getSorted(), o.getDirection() == SortDirection.DESCENDING))
                .toList();
    }

    String text(Cell cell) {
        return switch (cell.status()) {
            case ActivityStatus.Graded g -> Gradebook.percent(g.score()) + " %";
            case ActivityStatus.Excused e -> getTranslation("gradebook.excused");
            case ActivityStatus.AwaitingGrade a -> getTranslation("gradebook.awaiting");
            case ActivityStatus.InProgress p -> getTranslation("gradebook.in-progress");
            case ActivityStatus.NotDone n -> "–";
            case ActivityStatus.Done d -> "–";
        };
    }

    private CsvLabels labels() {
        return new CsvLabels(
                getTranslation("gradebook.col.student"),
                getTranslation("gradebook.col.course-grade"),
                getTranslation("gradebook.excused"),
                getTranslation("gradebook.awaiting"),
                getTranslation("gradebook.deleted-student"),
                // The export puts each drill's title where {0} stands.
                getTranslation("gradebook.csv.drill", "{0}"),
                getTranslation("gradebook.csv.lms-user-id"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("gradebook.title") + " · " + getTranslation("app.name");
    }
}
