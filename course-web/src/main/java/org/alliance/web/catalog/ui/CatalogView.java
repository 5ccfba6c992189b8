package org.alliance.web.catalog.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.alliance.web.account.Roles;
import org.alliance.web.catalog.CatalogException;
import org.alliance.web.catalog.CourseCard;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.navigation.Links;
import org.alliance.web.navigation.Routes;
import org.alliance.web.ui.Actions;
import org.alliance.web.ui.RouteLinks;
import org.jspecify.annotations.Nullable;

/** Published courses as cards, each with what it takes and how to join. */
@Route(Routes.CATALOG)
@PermitAll
@Menu(title = "nav.catalogue", order = 10, icon = "vaadin:open-book")
public class CatalogView extends Div implements HasDynamicTitle {
    final Div cards = new Div();
    private final transient CourseCatalog catalog;
    private final boolean instructor;

    CatalogView(CourseCatalog catalog, AuthenticationContext authentication) {
        this.catalog = catalog;
        this.instructor = authentication.hasRole(Roles.INSTRUCTOR);
        addClassName("page");
        cards.addClassName("course-grid");
        add(new H1(getTranslation("catalog.title")), new Paragraph(getTranslation("catalog.intro")), cards);
        refresh();
    }

    private void refresh() {
        cards.removeAll();
        var all = catalog.catalogue();
        if (all.isEmpty()) {
            cards.add(new Paragraph(getTranslation("catalog.empty")));
        }
        all.forEach(card -> cards.add(card(card)));
    }

    private Component card(CourseCard course) {
        var title = new H2(course.title());
        var meta = new Paragraph(getTranslation("catalog.meta", course.lessons(), hours(course.minutes())));
        meta.addClassName("course-meta");
        var summary = new Paragraph(course.summary());
        summary.addClassName("course-summary");
        summary.setTitle(course.summary());
        var audience = new Paragraph(getTranslation("catalog.audience", course.audience()));
        audience.addClassName("hint");
        var card = new Div(title, meta, summary, audience, action(course));
        if (instructor) {
            var copy = RouteLinks.to(getTranslation("teaching.tool.copy"), Links.copyCourse(course.id()));
            copy.addClassName("hint");
            card.add(copy);
        }
        card.addClassName("course-card");
        card.setId("course-" + course.id());
        return card;
    }

    private Component action(CourseCard course) {
        var action = new Div();
        action.addClassName("course-action");
        if (course.enrolled()) {
            var go = RouteLinks.to(getTranslation("catalog.continue"), Links.course(course.id()));
            go.addClassName("button-link");
            action.add(new Span(getTranslation("catalog.enrolled")), go);
        } else if (!course.open()) {
            action.add(new Span(getTranslation("catalog.closed")));
        } else {
            switch (course.mode()) {
                case OPEN -> action.add(enrolButton(course, null));
                case KEY -> {
                    var key = new PasswordField(getTranslation("catalog.key"));
                    key.setRevealButtonVisible(false);
                    action.add(key, enrolButton(course, key));
                }
                case INSTRUCTOR -> action.add(new Span(getTranslation("catalog.instructor-only")));
            }
        }
        return action;
    }

    private Button enrolButton(CourseCard course, @Nullable PasswordField key) {
        var enrol = new Button(getTranslation("catalog.enrol"));
        enrol.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enrol.setAriaLabel(getTranslation("catalog.enrol-in", course.title()));
        enrol.addClickListener(e -> Actions.run("failure.enrol", () -> {
            try {
                catalog.enrol(course.id(), key == null ? null : key.getValue());
                Notification.show(getTranslation("catalog.enrolled-in", course.title()));
                getUI().ifPresent(ui -> RouteLinks.navigate(ui, Links.course(course.id())));
            } catch (CatalogException ex) {
                if (key != null) {
                    key.setErrorMessage(getTranslation(ex.messageKey()));
                    key.setInvalid(true);
                } else {
                    Notification.show(getTranslation(ex.messageKey()));
                }
            }
        }));
        return enrol;
    }

    private String hours(int minutes) {
        return minutes < 90
                ? getTranslation("catalog.minutes", minutes)
                : getTranslation("catalog.hours", Math.round(minutes / 60.0));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalog.title") + " · " + getTranslation("app.name");
    }
}
