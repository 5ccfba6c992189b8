package org.alliance.web.lti.ui;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.RolesAllowed;
import org.alliance.web.account.Roles;
import org.alliance.web.catalog.CourseStaff;
import org.alliance.web.lti.DeepLinkRequest;
import org.alliance.web.lti.DeepLinking;
import org.alliance.web.lti.DeepLinking.Choice;
import org.alliance.web.navigation.Routes;
import org.alliance.web.ui.Actions;
import org.jspecify.annotations.Nullable;

/**
 * Deep Linking: the instructor, launched from their LMS's "add an activity", picks a course they teach and then the
 * course itself, a lesson or an activity; the signed answer is posted back to the LMS by the browser.
 */
@Route(value = Routes.LTI_DEEP_LINK, autoLayout = false)
@RolesAllowed(Roles.INSTRUCTOR)
public class DeepLinkView extends Main implements BeforeEnterObserver, HasDynamicTitle {
    private final transient DeepLinking deepLinking;
    private final transient CourseStaff staff;
    private @Nullable DeepLinkRequest request;

    DeepLinkView(DeepLinking deepLinking, CourseStaff staff) {
        this.deepLinking = deepLinking;
        this.staff = staff;
        addClassName("page");
        setId("lti-deep-link");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String ticket = event.getRouteParameters().get("ticket").orElse("");
        Object stored = VaadinSession.getCurrent().getSession().getAttribute(DeepLinking.sessionAttribute(ticket));
        removeAll();
        add(new H1(getTranslation("lti.deep-link.title")));
        if (!(stored instanceof DeepLinkRequest r)) {
            add(new Paragraph(getTranslation("lti.deep-link.expired")));
            return;
        }
        request = r;
        add(new Paragraph(getTranslation("lti.deep-link.intro")));
        var courses = staff.taughtCourses();
        if (courses.isEmpty()) {
            add(new Paragraph(getTranslation("lti.deep-link.no-courses")));
            return;
        }
        for (var course : courses) {
            var section = new Section();
            section.addClassName("deep-link-course");
            UnorderedList list = null;
            for (Choice choice : deepLinking.choices(course.courseId())) {
                switch (choice.kind()) {
                    case "course" -> section.add(new H2(choice.title()), row(choice, "lti.deep-link.whole-course"));
                    case "lesson" -> {
                        list = new UnorderedList();
                        list.addClassName("deep-link-choices");
                        section.add(new H3(choice.title()), row(choice, "lti.deep-link.whole-lesson"), list);
                    }
                    default -> {
                        if (list != null) {
                            list.add(new ListItem(row(choice, null)));
                        }
                    }
                }
            }
            add(section);
        }
    }

    /** One thing to add: its kind, its title, whether grades go to the LMS, and the button. */
    private Div row(Choice choice, @Nullable String label) {
        var kind = new Span(getTranslation("lti.deep-link.kind." + choice.kind()));
        kind.addClassName("deep-link-kind");
        var title = new Span(label == null ? choice.title() : getTranslation(label));
        title.addClassName("deep-link-title");
        var add = new Button(getTranslation("lti.deep-link.add"), e -> answer(choice));
        add.setAriaLabel(getTranslation("lti.deep-link.add-named", choice.title()));
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        var row = new Div(kind, title);
        if (choice.graded()) {
            var graded = new Span(getTranslation("lti.deep-link.graded"));
            graded.addClassName("deep-link-graded");
            row.add(graded);
        }
        row.add(add);
        row.addClassName("deep-link-row");
        return row;
    }

    private void answer(Choice choice) {
        var pending = request;
        if (pending == null) {
            return;
        }
        Actions.run("failure.lti", () -> {
            var answer = deepLinking.answer(pending, choice);
            // The LMS expects a form post of the signed answer (Deep Linking 2.0, 4.2): built here, submitted by
            // the browser, so the answer travels with the instructor's LMS session.
            var form = new Element("form");
            form.setAttribute("method", "post");
            form.setAttribute("action", answer.returnUrl());
            var field = new Element(Tag.INPUT);
            field.setAttribute("type", "hidden");
            field.setAttribute("name", "JWT");
            field.setAttribute("value", answer.jwt());
            form.appendChild(field);
            getElement().appendChild(form);
            form.executeJs("this.submit()");
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lti.deep-link.title") + " · " + getTranslation("app.name");
    }
}
