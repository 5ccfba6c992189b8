package org.alliance.web.vignette.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
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
import java.util.Locale;
import java.util.Map;
import org.alliance.web.grading.ReleasedGrades;
import org.alliance.web.grading.ui.ReleasedGradePanel;
import org.alliance.web.learning.LessonRenderer;
import org.alliance.web.shell.ui.BarChart;
import org.alliance.web.vignette.VignetteAttempts;
import org.alliance.web.vignette.VignetteViews.Debrief;
import org.alliance.web.vignette.VignetteViews.OptionReview;
import org.alliance.web.vignette.VignetteViews.PathStep;

/** After a vignette: score per dimension, the path taken against the best path, the author's commentary. */
@Route("vignette-attempts/:attemptId/debrief")
@PermitAll
public class VignetteDebriefView extends Div implements BeforeEnterObserver, HasDynamicTitle {
    private final transient VignetteAttempts attempts;
    private final transient LessonRenderer renderer;
    private String title = "";
    final Paragraph score = new Paragraph();
    final TextArea explanation = new TextArea();

    private final transient ReleasedGrades grades;

    VignetteDebriefView(VignetteAttempts attempts, LessonRenderer renderer, ReleasedGrades grades) {
        this.attempts = attempts;
        this.grades = grades;
        this.renderer = renderer;
        addClassName("page");
        addClassName("vignette-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var debrief = attempts.debrief(event.getRouteParameters().get("attemptId").orElse(""));
        if (debrief.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(debrief.get());
    }

    private void show(Debrief d) {
        removeAll();
        title = getTranslation("vignette.debrief.title", d.title());
        var back = new RouterLink(getTranslation("vignette.debrief.back"), VignetteView.class,
                new RouteParameters(Map.of("courseId", d.courseId(), "vignetteId", d.vignetteId())));
        back.addClassName("breadcrumb");
        add(back, new H1(title));
        score.setId("debrief-score");
        score.addClassName("review-score");
        score.setText(d.excused() ? getTranslation("vignette.debrief.excused")
                : d.awaitingGrade() ? getTranslation("vignette.debrief.awaiting")
                : d.score().map(s -> getTranslation("vignette.debrief.score", Math.round(s * 100))).orElse(""));
        add(score);
        if (d.safetyFlagged()) {
            var flag = new Paragraph(getTranslation("vignette.debrief.safety"));
            flag.addClassName("notice");
            add(flag);
        }
        d.ending().ifPresent(e -> {
            var ending = new Section(new H2(getTranslation("vignette.outcome." + e.outcome().name())),
                    new Paragraph(getTranslation("vignette.debrief.client-last", e.client())),
                    new Html(renderer.renderStandalone(e.summary())));
            ending.addClassName("ending");
            add(ending);
        });
        if (!d.dimensions().isEmpty()) {
            var bars = d.dimensions().stream().map(s -> new BarChart.Bar(s.name(), s.rating(), s.min(), s.max(),
                    String.format(Locale.ROOT, "%.1f / %d", s.rating(), s.max()))).toList();
            add(new H2(getTranslation("vignette.debrief.dimensions")),
                    new BarChart(bars, getTranslation("vignette.debrief.dimensions-table")));
        }
        if (!d.taken().isEmpty()) {
            var paths = new Div(path("vignette.debrief.your-path", d.taken()), path("vignette.debrief.best-path",
                    d.best()));
            paths.addClassName("paths");
            add(paths);
        }
        if (!d.options().isEmpty()) {
            add(new H2(getTranslation("vignette.debrief.options")), options(d.options()));
        }
        d.freeText().ifPresent(text -> add(new H2(getTranslation("vignette.debrief.your-text")), new Paragraph(text)));
        grades.forMyAnswer(d.publicId()).ifPresent(g -> add(new ReleasedGradePanel(g)));
        if (!d.examples().isEmpty()) {
            var list = new Div();
            d.examples().forEach((level, text) -> list.add(new Paragraph(getTranslation("vignette.debrief.example",
                    level, text))));
            add(new H2(getTranslation("vignette.debrief.examples")), list);
        }
        if (!d.excused()) {
            var commentary = new Section(new H2(getTranslation("vignette.debrief.commentary")),
                    new Html(renderer.renderStandalone(d.commentary())));
            commentary.addClassName("commentary");
            add(commentary, explain(d));
        }
        add(new RouterLink(getTranslation("vignette.replay"), VignetteView.class,
                new RouteParameters(Map.of("courseId", d.courseId(), "vignetteId", d.vignetteId()))));
    }

    private Component path(String headingKey, List<PathStep> steps) {
        var list = new OrderedList();
        steps.forEach(s -> list.add(new ListItem(new Paragraph(getTranslation("vignette.debrief.step-client",
                s.client())), new Paragraph(getTranslation("vignette.you-said", s.reply()) + " ("
                + Math.round(s.score() * 100) + " %)"))));
        var box = new Div(new H2(getTranslation(headingKey)), list);
        box.addClassName("path");
        return box;
    }

    private Component options(List<OptionReview> options) {
        var list = new OrderedList();
        list.addClassName("option-reviews");
        for (OptionReview o : options) {
            var item = new ListItem(new Paragraph(o.text()));
            String rating = getTranslation("vignette.debrief.reference", String.format(Locale.ROOT, "%.1f",
                    o.reference()));
            if (o.studentRating().isPresent()) {
                rating += " · " + getTranslation("vignette.debrief.yours", o.studentRating().get());
            }
            if (o.chosen()) {
                rating += " · " + getTranslation("vignette.debrief.chosen");
                item.addClassName("chosen");
            }
            var meta = new Paragraph(rating);
            meta.addClassName("hint");
            item.add(meta, new Paragraph(o.rationale()));
            list.add(item);
        }
        return list;
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
