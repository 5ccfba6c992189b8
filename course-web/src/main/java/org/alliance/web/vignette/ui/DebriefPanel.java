package org.alliance.web.vignette.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.alliance.web.learning.LessonRenderer;
import org.alliance.web.ui.BarChart;
import org.alliance.web.vignette.VignetteViews.Debrief;
import org.alliance.web.vignette.VignetteViews.OptionReview;
import org.alliance.web.vignette.VignetteViews.PathStep;
import org.jspecify.annotations.Nullable;

/**
 * The body of a debrief: score, ending, the chart per dimension, the path taken against the best path, every
 * option with its rating and reasoning, examples and the author's commentary. Shared by the student's debrief
 * and the teachers' preview.
 */
class DebriefPanel extends Div {
    final Paragraph score = new Paragraph();
    private final transient LessonRenderer renderer;

    DebriefPanel(Debrief d, LessonRenderer renderer, Optional<Component> released, @Nullable Component explain) {
        this.renderer = renderer;
        score.setId("debrief-score");
        score.addClassName("review-score");
        score.setText(
                d.excused()
                        ? getTranslation("vignette.debrief.excused")
                        : d.awaitingGrade()
                                ? getTranslation("vignette.debrief.awaiting")
                                : d.score()
                                        .map(s -> getTranslation("vignette.debrief.score", Math.round(s * 100)))
                                        .orElse(""));
        add(score);
        if (d.safetyFlagged()) {
            var flag = new Paragraph(getTranslation("vignette.debrief.safety"));
            flag.addClassName("notice");
            add(flag);
        }
        d.ending().ifPresent(e -> {
            var ending = new Section(
                    new H2(getTranslation("vignette.outcome." + e.outcome().name())),
                    new Paragraph(getTranslation("vignette.debrief.client-last", e.client())),
                    new Html(renderer.renderStandalone(e.summary())));
            ending.addClassName("ending");
            add(ending);
        });
        if (!d.dimensions().isEmpty()) {
            var bars = d.dimensions().stream()
                    .map(s -> new BarChart.Bar(
                            s.name(),
                            s.rating(),
                            s.min(),
                            s.max(),
                            String.format(Locale.ROOT, "%.1f / %d", s.rating(), s.max())))
                    .toList();
            add(
                    new H2(getTranslation("vignette.debrief.dimensions")),
                    new BarChart(bars, getTranslation("vignette.debrief.dimensions-table")));
        }
        if (!d.taken().isEmpty()) {
            var paths = new Div(
                    path("vignette.debrief.your-path", d.taken()), path("vignette.debrief.best-path", d.best()));
            paths.addClassName("paths");
            add(paths);
        }
        if (!d.options().isEmpty()) {
            add(new H2(getTranslation("vignette.debrief.options")), options(d.options()));
        }
        d.freeText().ifPresent(text -> add(new H2(getTranslation("vignette.debrief.your-text")), new Paragraph(text)));
        released.ifPresent(this::add);
        if (!d.examples().isEmpty()) {
            var list = new Div();
            d.examples()
                    .forEach((level, text) ->
                            list.add(new Paragraph(getTranslation("vignette.debrief.example", level, text))));
            add(new H2(getTranslation("vignette.debrief.examples")), list);
        }
        if (!d.excused()) {
            var commentary = new Section(
                    new H2(getTranslation("vignette.debrief.commentary")),
                    new Html(renderer.renderStandalone(d.commentary())));
            commentary.addClassName("commentary");
            add(commentary);
            if (explain != null) {
                add(explain);
            }
        }
    }

    private Component path(String headingKey, List<PathStep> steps) {
        var list = new OrderedList();
        steps.forEach(s -> list.add(new ListItem(
                new Paragraph(getTranslation("vignette.debrief.step-client", s.client())),
                new Paragraph(
                        getTranslation("vignette.you-said", s.reply()) + " (" + Math.round(s.score() * 100) + " %)"))));
        var box = new Div(new H2(getTranslation(headingKey)), list);
        box.addClassName("path");
        return box;
    }

    private Component options(List<OptionReview> options) {
        var list = new OrderedList();
        list.addClassName("option-reviews");
        for (OptionReview o : options) {
            var item = new ListItem(new Paragraph(o.text()));
            String rating =
                    getTranslation("vignette.debrief.reference", String.format(Locale.ROOT, "%.1f", o.reference()));
            if (o.studentRating().isPresent()) {
                rating += " · "
                        + getTranslation(
                                "vignette.debrief.yours", o.studentRating().get());
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
}
