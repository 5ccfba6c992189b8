package org.alliance.web.teaching.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.alliance.web.account.Roles;
import org.alliance.web.catalog.CourseStaff;
import org.alliance.web.catalog.CourseStaff.TaughtCourse;

/** The instructor's home: the courses they own or co-teach (an admin sees every course). */
@Route("teaching")
@RolesAllowed(Roles.INSTRUCTOR)
@Menu(title = "nav.teaching", order = 30, icon = "vaadin:academy-cap")
public class TeachingView extends Div implements HasDynamicTitle {
    final Grid<TaughtCourse> courses = new Grid<>();

    TeachingView(CourseStaff staff) {
        addClassName("page");
        courses.addComponentColumn(c -> new RouterLink(c.title(), TaughtCourseView.class,
                new RouteParameters("courseId", c.courseId()))).setHeader(getTranslation("teaching.col.course"))
                .setFlexGrow(3);
        courses.addColumn(TaughtCourse::students).setHeader(getTranslation("teaching.col.students")).setAutoWidth(true);
        courses.addColumn(c -> c.owner()).setHeader(getTranslation("teaching.col.owner")).setAutoWidth(true);
        courses.setItems(staff.taughtCourses());
        courses.setAllRowsVisible(true);
        courses.setAriaLabel(getTranslation("teaching.courses"));
        courses.setId("taught-courses");
        add(new H1(getTranslation("teaching.title")), new Paragraph(getTranslation("teaching.intro")), courses);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("teaching.title") + " · " + getTranslation("app.name");
    }
}
