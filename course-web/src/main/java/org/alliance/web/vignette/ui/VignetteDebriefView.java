package org.alliance.web.vignette.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import org.alliance.core.model.VignetteKind;
import org.alliance.web.learning.LessonRenderer;
import org.alliance.web.navigation.Routes;
import org.alliance.web.vignette.VignetteAttempts;
import org.alliance.web.vignette.VignetteViews.Debrief;

/** After a vignette: score per dimension, the path taken against the best path, the author's commentary. */
@Route(Routes.VIGNETTE_DEBRIEF)
@PermitAll
public class VignetteDebriefView extends Div implements BeforeEnterObserver, HasDynamicTitle {
    private final transient VignetteAttempts attempts;
    private final transient LessonRenderer renderer;
    private String title = "";
    Paragraph score = new Paragraph();
    final TextArea explanation = new TextArea();

    private final transient List<DebriefGrade> grades;

    VignetteDebriefView(VignetteAttempts attempts, LessonRenderer renderer, List<DebriefGrade> grades) {
        this.attempts = attempts;
        this.grades = grades;
        this.renderer = renderer;
        addClassName("page");
        addClassName("vignette-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var debrief =
                attempts.debrief(event.getRouteParameters().get("attemptId").orElse(""));
        if (debrief.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(debrief.get());
    }

    private void show(Debrief d) {
        removeAll();
        title = getTranslation("vignette.debrief.title", d.title());
        var back = new RouterLink(
                getTranslation("vignette.debrief.back"),
                VignetteView.class,
                new RouteParameters(Map.of("courseId", d.courseId(), "vignetteId", d.vignetteId())));
        back.addClassName("breadcrumb");
        add(back, new H1(title));
        if (d.kind() == VignetteKind.BRANCHING && !d.excused() && !d.taken().isEmpty()) {
            // The after-action review: every turn laid out, with a replay from any of them as practice.
            var review = new RouterLink(
                    getTranslation("vignette.review.open"),
                    AfterActionReviewView.class,
                    new RouteParameters("attemptId", d.publicId()));
            review.setId("review-session-link");
            review.addClassName("review-link");
            add(review);
        }
        var grade = grades.stream()
                .flatMap(g -> g.forMyAnswer(d.publicId()).stream())
                .findFirst();
        var panel = new DebriefPanel(d, renderer, grade, d.excused() ? null : explain(d));
        score = panel.score;
        add(panel);
        add(new RouterLink(
                getTranslation("vignette.replay"),
                VignetteView.class,
                new RouteParameters(Map.of("courseId", d.courseId(), "vignetteId", d.vignetteId()))));
    }

    private Component explain(Debrief d) {
        explanation.setLabel(getTranslation("vignette.debrief.explain"));
        explanation.setHelperText(getTranslation("vignette.debrief.explain-help"));
        explanation.setMaxLength(4000);
        explanation.setWidthFull();
        explanation.setValue(d.explanation().orElse(""));
        var save = new Button(getTranslation("vignette.debrief.explain-save"), e -> {
            attempts.explain(d.publicId(), explanation.getValue());
            Notification.show(getTranslation("quiz.saved"));
        });
        save.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var box = new Div(explanation, save);
        box.addClassName("explain");
        return box;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
