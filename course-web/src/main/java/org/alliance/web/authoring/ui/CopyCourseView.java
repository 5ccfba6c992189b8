package org.alliance.web.authoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.alliance.web.account.Roles;
import org.alliance.web.catalog.CoursePortability;
import org.alliance.web.catalog.ImportResult;
import org.alliance.web.navigation.Links;
import org.alliance.web.navigation.Routes;
import org.alliance.web.ui.Actions;
import org.alliance.web.ui.RouteLinks;

/** "Copy into a course of my own": a bundled (or taught) course becomes a new course the instructor owns. */
@Route(Routes.COPY_COURSE)
@RolesAllowed(Roles.INSTRUCTOR)
public class CopyCourseView extends Div implements BeforeEnterObserver, HasDynamicTitle {
    private final transient CoursePortability portability;
    private String courseId = "";
    private String title = "";
    final TextField newId = new TextField();
    final Button copy = new Button();
    final ProblemList problems = new ProblemList();

    CopyCourseView(CoursePortability portability) {
        this.portability = portability;
        addClassName("page");
        newId.setId("copy-new-id");
        newId.setLabel(getTranslation("portability.copy.new-id"));
        newId.setHelperText(getTranslation("portability.copy.new-id-help"));
        newId.setMaxLength(64);
        newId.setWidthFull();
        copy.setId("copy-course");
        copy.setText(getTranslation("portability.copy.button"));
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        copy.addClickListener(e -> Actions.run("failure.copy", this::copy));
        problems.setId("copy-problems");
        problems.setVisible(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        courseId = event.getRouteParameters().get("courseId").orElse("");
        var source = portability.copySource(courseId);
        if (source.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        title = source.get().title();
        newId.setValue(source.get().suggestedId());
        newId.setInvalid(false);
        // Back to the instructor's list: they need not teach the (bundled) course they copy from.
        var back = RouteLinks.to(getTranslation("teaching.back"), Links.teaching());
        back.addClassName("breadcrumb");
        add(
                back,
                new H1(getTranslation("portability.copy.title", title)),
                new Paragraph(getTranslation("portability.copy.intro")),
                newId,
                copy,
                problems);
    }

    private void copy() {
        switch (portability.copy(courseId, newId.getValue())) {
            case ImportResult.Published published ->
                getUI().ifPresent(ui -> RouteLinks.navigate(ui, Links.taughtCourse(published.courseId())));
            case ImportResult.Refused refused -> {
                newId.setErrorMessage(getTranslation(refused.messageKey(), refused.courseId()));
                newId.setInvalid(true);
            }
            case ImportResult.Invalid invalid -> {
                newId.setErrorMessage(getTranslation(
                        "portability.copy.invalid", invalid.errors().size()));
                newId.setInvalid(true);
                problems.show(invalid.problems());
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portability.copy.title", title) + " · " + getTranslation("app.name");
    }
}
