package org.alliance.web.vignette.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.function.Supplier;
import org.alliance.web.learning.LessonRenderer;
import org.alliance.web.navigation.Links;
import org.alliance.web.navigation.Routes;
import org.alliance.web.ui.Actions;
import org.alliance.web.ui.RouteLinks;
import org.alliance.web.vignette.VignetteAttempts;
import org.alliance.web.vignette.VignetteException;
import org.alliance.web.vignette.VignetteViews.Card;
import org.alliance.web.vignette.VignetteViews.Summary;

/** A vignette's page: the fictional client, the session so far, a content note with the choice to skip. */
@Route(Routes.VIGNETTE)
@PermitAll
public class VignetteView extends Div implements BeforeEnterObserver, HasDynamicTitle {
    private final transient VignetteAttempts attempts;
    private final transient LessonRenderer renderer;
    private String title = "";
    final Button start = new Button();
    final Button skip = new Button();

    VignetteView(VignetteAttempts attempts, LessonRenderer renderer) {
        this.attempts = attempts;
        this.renderer = renderer;
        addClassName("page");
        addClassName("vignette-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var p = event.getRouteParameters();
        var card =
                attempts.card(p.get("courseId").orElse(""), p.get("vignetteId").orElse(""));
        if (card.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(card.get());
    }

    private void show(Card card) {
        removeAll();
        title = card.title();
        var back = RouteLinks.to(getTranslation("quiz.back-to-course"), Links.course(card.courseId()));
        back.addClassName("breadcrumb");
        var meta = new Paragraph(getTranslation("vignette.kind." + card.kind().name()) + " · "
                + getTranslation("vignette.level." + card.level().name()));
        meta.addClassName("course-meta");
        add(back, new H1(card.title()), meta);
        card.contentNote().ifPresent(note -> {
            var box = new Aside(
                    new H2(getTranslation("vignette.content-note")),
                    new Paragraph(note),
                    new Paragraph(getTranslation("vignette.content-note.skip-help")));
            box.addClassName("notice");
            box.setId("content-note");
            add(box);
        });
        add(new PersonaCard(card.persona()));
        var context = new Div(
                new H2(getTranslation("vignette.context")), new Html(renderer.renderStandalone(card.context())));
        context.addClassName("vignette-context");
        add(context);

        start.setId("vignette-start");
        start.setText(getTranslation(
                card.openAttempt().isPresent()
                        ? "vignette.continue"
                        : card.attempts().stream().anyMatch(a -> a.finishedAt() != null && !a.excused())
                                ? "vignette.replay"
                                : "vignette.start"));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setEnabled(card.canStart());
        start.addClickListener(e -> Actions.run(
                "failure.vignette-start", () -> go(() -> attempts.start(card.courseId(), card.vignetteId()))));
        var actions = new Div(start);
        actions.addClassName("vignette-actions");
        if (card.contentNote().isPresent()) {
            skip.setId("vignette-skip");
            skip.setText(getTranslation("vignette.skip"));
            skip.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            skip.addClickListener(e -> Actions.run("failure.vignette-skip", () -> {
                attempts.skip(card.courseId(), card.vignetteId());
                Notification.show(getTranslation("vignette.skipped"));
                getUI().ifPresent(ui -> RouteLinks.navigate(ui, Links.course(card.courseId())));
            }));
            actions.add(skip);
        }
        add(actions);
        card.grade().ifPresent(g -> add(new Paragraph(getTranslation("quiz.grade", Math.round(g * 100) + " %"))));
        if (!card.attempts().isEmpty()) {
            var list = new UnorderedList();
            card.attempts().forEach(a -> list.add(new ListItem(summary(a))));
            add(new H2(getTranslation("quiz.history")), list);
        }
    }

    private Component summary(Summary a) {
        String text = getTranslation("vignette.history.attempt", a.number()) + ": ";
        if (a.excused()) {
            return new Span(text + getTranslation("vignette.history.excused"));
        }
        if (a.finishedAt() == null) {
            return new Span(text + getTranslation("quiz.history.in-progress"));
        }
        var link = new RouterLink(
                a.awaitingGrade()
                        ? getTranslation("vignette.history.awaiting")
                        : a.score().map(s -> Math.round(s * 100) + " %").orElse("–"),
                VignetteDebriefView.class,
                new RouteParameters("attemptId", a.publicId()));
        return new Span(new Span(text), link);
    }

    private void go(Supplier<String> action) {
        try {
            String id = action.get();
            getUI().ifPresent(ui -> ui.navigate(VignettePlayerView.class, new RouteParameters("attemptId", id)));
        } catch (VignetteException e) {
            Notification.show(getTranslation(e.messageKey()));
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
