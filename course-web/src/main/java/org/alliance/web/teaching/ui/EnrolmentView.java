package org.alliance.web.teaching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.Arrays;
import org.alliance.core.model.Activity;
import org.alliance.core.model.Course;
import org.alliance.core.model.Drill;
import org.alliance.core.model.Reflection;
import org.alliance.web.account.Roles;
import org.alliance.web.catalog.CatalogException;
import org.alliance.web.catalog.CourseStaff;
import org.alliance.web.catalog.Offerings;
import org.alliance.web.navigation.Routes;
import org.alliance.web.ui.Actions;

/**
 * A course's offering: enrolment mode, key and dates; enrolling students by username (typed or pasted from
 * a spreadsheet column); and per student, extra attempts or a later close date.
 */
@Route(Routes.ENROLMENT)
@RolesAllowed(Roles.INSTRUCTOR)
public class EnrolmentView extends Div implements BeforeEnterObserver, HasDynamicTitle {
    private final transient CourseStaff staff;
    private final transient Offerings offerings;
    private String title = "";
    final TextArea usernames = new TextArea();
    final Button enrol = new Button();
    final Grid<String> students = new Grid<>();

    EnrolmentView(CourseStaff staff, Offerings offerings) {
        this.staff = staff;
        this.offerings = offerings;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String courseId = event.getRouteParameters().get("courseId").orElse("");
        var course = staff.taught(courseId);
        var settings = offerings.settings(courseId);
        if (course.isEmpty() || settings.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        Course c = course.get().course();
        title = getTranslation("offering.title", c.title());
        var back = new RouterLink(c.title(), TaughtCourseView.class, new RouteParameters("courseId", courseId));
        back.addClassName("breadcrumb");
        add(
                back,
                new H1(title),
                new H2(getTranslation("offering.settings")),
                new OfferingForm(courseId, offerings, settings.get()));

        usernames.setLabel(getTranslation("offering.enrol.usernames"));
        usernames.setHelperText(getTranslation("offering.enrol.help"));
        usernames.setWidthFull();
        enrol.setText(getTranslation("offering.enrol"));
        enrol.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enrol.addClickListener(e -> Actions.run("failure.enrol-students", () -> enrol(courseId)));
        students.addColumn(s -> s)
                .setHeader(getTranslation("offering.col.student"))
                .setAutoWidth(true);
        students.addComponentColumn(s -> actions(c, s)).setHeader(getTranslation("users.col.actions"));
        students.setAllRowsVisible(true);
        students.setAriaLabel(getTranslation("offering.students"));
        refresh(courseId);
        add(
                new H2(getTranslation("offering.enrol.heading")),
                usernames,
                enrol,
                new H2(getTranslation("offering.students")),
                students);
    }

    /** Usernames one per line or separated by commas, semicolons or tabs; a CSV's first column pastes in as is. */
    private void enrol(String courseId) {
        var names = Arrays.stream(usernames.getValue().split("[\\n\\r,;\\t]+"))
                .map(String::strip)
                .map(n -> n.replace("\"", ""))
                .filter(n -> !n.isEmpty() && !n.equalsIgnoreCase("username"))
                .toList();
        try {
            int added = offerings.enrol(courseId, names);
            usernames.clear();
            usernames.setInvalid(false);
            Notification.show(getTranslation("offering.enrolled", added));
            refresh(courseId);
        } catch (Offerings.UnknownStudents ex) {
            usernames.setErrorMessage(getTranslation(ex.messageKey(), String.join(", ", ex.usernames())));
            usernames.setInvalid(true);
        }
    }

    private HorizontalLayout actions(Course course, String student) {
        var extra = new Button(
                getTranslation("offering.extra"),
                e -> extraDialog(course, student).open());
        extra.setAriaLabel(getTranslation("offering.extra-for", student));
        var extend = new Button(
                getTranslation("offering.extend"),
                e -> extendDialog(course, student).open());
        extend.setAriaLabel(getTranslation("offering.extend-for", student));
        var remove = new Button(
                getTranslation("offering.unenrol"),
                e -> Actions.run("failure.unenrol-student", () -> {
                    offerings.unenrol(course.id(), student);
                    refresh(course.id());
                }));
        remove.setAriaLabel(getTranslation("offering.unenrol-for", student));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (var b : new Button[] {extra, extend, remove}) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        }
        return new HorizontalLayout(extra, extend, remove);
    }

    private Dialog extraDialog(Course course, String student) {
        var dialog = new Dialog(getTranslation("offering.extra-for", student));
        var activity = new Select<Activity>();
        activity.setLabel(getTranslation("offering.activity"));
        activity.setItems(course.activities().stream()
                .filter(a -> !(a instanceof Reflection) && !(a instanceof Drill))
                .toList());
        activity.setItemLabelGenerator(Activity::title);
        var count = new IntegerField(getTranslation("offering.extra-count"));
        count.setMin(0);
        count.setMax(20);
        count.setValue(1);
        var save = new Button(getTranslation("offering.save"), e -> {
            if (activity.getValue() != null && count.getValue() != null) {
                act(() -> offerings.grantExtraAttempts(
                        course.id(), student, activity.getValue().id(), count.getValue()));
                dialog.close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(getTranslation("offering.extra-help")), activity, count);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        return dialog;
    }

    private Dialog extendDialog(Course course, String student) {
        var dialog = new Dialog(getTranslation("offering.extend-for", student));
        var until = new DateTimePicker(getTranslation("offering.extend-until"));
        var save = new Button(getTranslation("offering.save"), e -> {
            act(() -> offerings.extendDeadline(
                    course.id(),
                    student,
                    until.getValue() == null
                            ? null
                            : until.getValue().atZone(ZoneId.systemDefault()).toInstant()));
            dialog.close();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(getTranslation("offering.extend-help")), until);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        return dialog;
    }

    private void act(Runnable action) {
        Actions.run("failure.allowance", () -> {
            try {
                action.run();
                Notification.show(getTranslation("offering.saved"));
            } catch (CatalogException ex) {
                Notification.show(getTranslation(ex.messageKey()));
            }
        });
    }

    private void refresh(String courseId) {
        students.setItems(staff.students(courseId));
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
