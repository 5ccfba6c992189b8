package org.alliance.web.authoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.alliance.web.account.Roles;
import org.alliance.web.catalog.CatalogException;
import org.alliance.web.catalog.CourseStaff;
import org.alliance.web.catalog.CourseStaff.TaughtCourse;
import org.alliance.web.navigation.Links;
import org.alliance.web.navigation.Routes;
import org.alliance.web.ui.Actions;
import org.alliance.web.ui.RouteLinks;

/** An admin's page for a course's staff: hand the course to an instructor, add and remove co-instructors. */
@Route(Routes.COURSE_STAFF)
@RolesAllowed(Roles.ADMIN)
public class CourseStaffView extends Div implements BeforeEnterObserver, HasDynamicTitle {
    private final transient CourseStaff staff;
    private String courseId = "";
    private String title = "";
    final Paragraph owner = new Paragraph();
    final UnorderedList coInstructors = new UnorderedList();
    final Paragraph noCoInstructors = new Paragraph();
    final TextField addUsername = new TextField();
    final Button add = new Button();
    final TextField newOwner = new TextField();
    final Button handOver = new Button();

    CourseStaffView(CourseStaff staff) {
        this.staff = staff;
        addClassName("page");
        owner.setId("staff-owner");
        coInstructors.setId("staff-co-instructors");
        coInstructors.getElement().setAttribute("aria-label", getTranslation("portability.staff.co-instructors"));
        noCoInstructors.setText(getTranslation("portability.staff.none"));
        noCoInstructors.addClassName("hint");
        addUsername.setId("staff-add-username");
        addUsername.setLabel(getTranslation("portability.staff.username"));
        add.setId("staff-add");
        add.setText(getTranslation("portability.staff.add"));
        add.addClickListener(e -> Actions.run(
                "failure.staff",
                () -> change(
                        addUsername,
                        () -> staff.addInstructor(
                                courseId, addUsername.getValue().strip()))));
        newOwner.setId("staff-new-owner");
        newOwner.setLabel(getTranslation("portability.staff.username"));
        handOver.setId("staff-hand-over");
        handOver.setText(getTranslation("portability.staff.hand-over"));
        handOver.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        handOver.addClickListener(e -> Actions.run(
                "failure.staff",
                () -> change(
                        newOwner,
                        () -> staff.transfer(courseId, newOwner.getValue().strip()))));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        courseId = event.getRouteParameters().get("courseId").orElse("");
        var course = current();
        if (course.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        title = course.get().title();
        var back = RouteLinks.to(getTranslation("portability.back-to-course"), Links.taughtCourse(courseId));
        back.addClassName("breadcrumb");
        var addRow = new Div(addUsername, add);
        addRow.addClassName("staff-row");
        var handOverRow = new Div(newOwner, handOver);
        handOverRow.addClassName("staff-row");
        add(
                back,
                new H1(getTranslation("portability.staff.title", title)),
                owner,
                new H2(getTranslation("portability.staff.co-instructors")),
                coInstructors,
                noCoInstructors,
                addRow,
                new H2(getTranslation("portability.staff.hand-over-heading")),
                new Paragraph(getTranslation("portability.staff.hand-over-intro")),
                handOverRow);
        refresh(course.get());
    }

    private Optional<TaughtCourse> current() {
        // An admin teaches every course, so the admin's list holds this one when it exists.
        return staff.taughtCourses().stream()
                .filter(c -> c.courseId().equals(courseId))
                .findFirst();
    }

    private void change(TextField field, Runnable action) {
        try {
            action.run();
            field.clear();
            field.setInvalid(false);
            current().ifPresent(this::refresh);
        } catch (CatalogException e) {
            field.setErrorMessage(getTranslation(e.messageKey()));
            field.setInvalid(true);
        }
    }

    private void removeInstructor(String username) {
        staff.removeInstructor(courseId, username);
        current().ifPresent(this::refresh);
    }

    private void refresh(TaughtCourse course) {
        owner.setText(getTranslation("portability.staff.owner", course.owner()));
        coInstructors.removeAll();
        for (String username : course.coInstructors()) {
            var remove = new Button(
                    getTranslation("portability.staff.remove"),
                    e -> Actions.run("failure.staff", () -> removeInstructor(username)));
            remove.setAriaLabel(getTranslation("portability.staff.remove-named", username));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.setId("staff-remove-" + username);
            var item = new ListItem(new Span(username), remove);
            item.addClassName("staff-row");
            coInstructors.add(item);
        }
        coInstructors.setVisible(!course.coInstructors().isEmpty());
        noCoInstructors.setVisible(course.coInstructors().isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portability.staff.title", title) + " · " + getTranslation("app.name");
    }
}
