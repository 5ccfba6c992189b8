package org.alliance.web.reflection.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.alliance.web.learning.LessonRenderer;
import org.alliance.web.navigation.Links;
import org.alliance.web.navigation.Routes;
import org.alliance.web.reflection.Reflections;
import org.alliance.web.ui.Actions;
import org.alliance.web.ui.RouteLinks;

/** A reflection: the prompt, a private answer saved as it is typed, and the choice to share it. */
@Route(Routes.REFLECTION)
@PermitAll
public class ReflectionView extends Div implements BeforeEnterObserver, HasDynamicTitle {
    private final transient Reflections reflections;
    private final transient LessonRenderer renderer;
    private String title = "";
    final TextArea answer = new TextArea();
    final Checkbox share = new Checkbox();
    final Span status = new Span();

    ReflectionView(Reflections reflections, LessonRenderer renderer) {
        this.reflections = reflections;
        this.renderer = renderer;
        addClassName("page");
        addClassName("lesson-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var p = event.getRouteParameters();
        var page = reflections.page(
                p.get("courseId").orElse(""), p.get("reflectionId").orElse(""));
        if (page.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(page.get());
    }

    private void show(Reflections.Page page) {
        removeAll();
        title = page.reflection().title();
        var back = RouteLinks.to(page.courseTitle(), Links.course(page.courseId()));
        back.addClassName("breadcrumb");
        var privacy = new Paragraph(getTranslation("reflection.private"));
        privacy.addClassName("hint");
        answer.setLabel(getTranslation("reflection.answer"));
        answer.setValue(page.answer());
        answer.setWidthFull();
        answer.setMinHeight("10rem");
        answer.setMaxLength(8000);
        answer.setValueChangeMode(ValueChangeMode.LAZY);
        answer.setValueChangeTimeout(800);
        answer.addValueChangeListener(e -> save(page));
        share.setLabel(getTranslation("reflection.share"));
        share.setValue(page.shared());
        share.addValueChangeListener(e -> save(page));
        status.getElement().setAttribute("role", "status");
        status.addClassName("item-status");
        status.setText(page.savedAt().isPresent() ? getTranslation("quiz.saved-before") : "");
        add(
                back,
                new H1(page.reflection().title()),
                privacy,
                new Html(renderer.renderStandalone(page.reflection().prompt())),
                answer,
                share,
                status);
    }

    /** Saved as typed; the status line says whether the last change is stored. */
    private void save(Reflections.Page page) {
        boolean saved = Actions.run(
                "failure.reflection",
                () -> reflections.save(page.courseId(), page.reflection().id(), answer.getValue(), share.getValue()));
        status.setText(getTranslation(saved ? "quiz.saved" : "failure.reflection"));
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
