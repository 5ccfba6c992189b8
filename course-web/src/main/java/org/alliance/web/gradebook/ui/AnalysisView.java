package org.alliance.web.gradebook.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.alliance.core.statistics.FlagThresholds;
import org.alliance.web.account.Roles;
import org.alliance.web.gradebook.Analysis;
import org.alliance.web.gradebook.Analysis.AuditNote;
import org.alliance.web.gradebook.Analysis.Count;
import org.alliance.web.gradebook.Analysis.ItemReport;
import org.alliance.web.gradebook.Analysis.NodeReport;
import org.alliance.web.gradebook.Analysis.QuizReport;
import org.alliance.web.gradebook.Analysis.VignetteReport;
import org.alliance.web.gradebook.GradebookException;
import org.alliance.web.navigation.Links;
import org.alliance.web.navigation.Routes;
import org.alliance.web.ui.RouteLinks;

/**
 * Item and vignette analysis of a taught course: per quiz item facility, discrimination, what the assessment
 * audit says about it, distractor counts and flags; per vignette what students chose and what the audit says.
 * The thresholds shown are course-core's.
 */
@Route(Routes.ANALYSIS)
@RolesAllowed(Roles.INSTRUCTOR)
public class AnalysisView extends Div implements BeforeEnterObserver, HasDynamicTitle {
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());
    private final transient Analysis analysis;

    AnalysisView(Analysis analysis) {
        this.analysis = analysis;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String courseId = event.getRouteParameters().get("courseId").orElse("");
        Analysis.Report report;
        try {
            report = analysis.of(courseId);
        } catch (GradebookException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        var back = RouteLinks.to(getTranslation("gradebook.back"), Links.taughtCourse(courseId));
        back.addClassName("breadcrumb");
        var thresholds = new Paragraph(getTranslation(
                "analysis.thresholds",
                FlagThresholds.MINIMUM_RESPONSES,
                number(FlagThresholds.POOR_DISCRIMINATION),
                number(FlagThresholds.TOO_EASY),
                number(FlagThresholds.TOO_HARD)));
        thresholds.addClassName("hint");
        var freshness = new Paragraph(getTranslation(
                report.freshness().updating() ? "analysis.calculated.updating" : "analysis.calculated",
                WHEN.format(report.freshness().computedAt())));
        freshness.setId("analysis-freshness");
        freshness.addClassName("hint");
        add(back, new H1(getTranslation("analysis.title")), thresholds, freshness);
        report.quizzes().forEach(q -> add(quiz(q)));
        report.vignettes().forEach(v -> add(vignette(v)));
    }

    private Component quiz(QuizReport quiz) {
        var section = new Section(new H2(quiz.title()));
        section.setId("analysis-" + quiz.quizId());
        section.addClassName("analysis-quiz");
        section.add(new Paragraph(getTranslation("analysis.quiz.summary", quiz.responses(), optional(quiz.alpha()))));
        audit(quiz.audit()).ifPresent(section::add);
        // Shown before any response too: the audit reads the items, not the answers.
        var grid = new Grid<ItemReport>();
        grid.addColumn(ItemReport::stem)
                .setHeader(getTranslation("analysis.col.item"))
                .setFlexGrow(3);
        grid.addColumn(ItemReport::responses)
                .setHeader(getTranslation("analysis.col.n"))
                .setAutoWidth(true);
        grid.addColumn(i -> optional(i.facility()))
                .setHeader(getTranslation("analysis.col.facility"))
                .setAutoWidth(true);
        grid.addColumn(i -> optional(i.discrimination()))
                .setHeader(getTranslation("analysis.col.discrimination"))
                .setAutoWidth(true);
        grid.addColumn(i -> notes(i.audit()))
                .setHeader(getTranslation("analysis.col.audit"))
                .setFlexGrow(2)
                .setTooltipGenerator(i -> notes(i.audit()));
        grid.addColumn(i -> counts(i.distractors()))
                .setHeader(getTranslation("analysis.col.distractors"))
                .setFlexGrow(3);
        grid.addColumn(i -> i.flags().stream()
                        .map(f -> getTranslation("analysis.flag." + f.name()))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("analysis.col.flags"))
                .setAutoWidth(true);
        grid.setItems(quiz.items());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("analysis.items-of", quiz.title()));
        section.add(grid);
        return section;
    }

    private Component vignette(VignetteReport vignette) {
        var section = new Section(new H2(vignette.title()));
        section.setId("analysis-" + vignette.vignetteId());
        section.addClassName("analysis-vignette");
        section.add(new Paragraph(getTranslation(
                "analysis.vignette.summary",
                getTranslation("vignette.kind." + vignette.kind().name()),
                vignette.responses())));
        audit(vignette.audit()).ifPresent(section::add);
        if (!vignette.options().isEmpty()) {
            var list = new UnorderedList();
            vignette.options()
                    .forEach(o -> list.add(new ListItem(
                            o.ratings().isEmpty()
                                    ? getTranslation("analysis.option.picked", o.text(), o.count())
                                    : getTranslation(
                                            "analysis.option.rated",
                                            o.text(),
                                            o.ratings().entrySet().stream()
                                                    .map(e -> getTranslation(
                                                            "analysis.rating-count", e.getKey(), e.getValue()))
                                                    .collect(Collectors.joining(", "))))));
            section.add(list);
        }
        for (NodeReport node : vignette.nodes()) {
            var block = new Div(new H3(getTranslation("analysis.node", node.client())));
            block.addClassName("analysis-node");
            var choices = new UnorderedList();
            node.choices()
                    .forEach(c ->
                            choices.add(new ListItem(getTranslation("analysis.option.picked", c.text(), c.count()))));
            block.add(choices);
            block.add(new Paragraph(
                    node.missteps().isEmpty()
                            ? getTranslation("analysis.missteps.none")
                            : getTranslation("analysis.missteps", counts(node.missteps()))));
            section.add(block);
        }
        return section;
    }

    /** The audit's notes as one line: open warnings as they read, accepted ones marked with their reason. */
    private String notes(List<AuditNote> notes) {
        if (notes.isEmpty()) {
            return getTranslation("analysis.audit.none");
        }
        return notes.stream()
                .map(n -> n.acceptedWhy()
                        .map(why -> getTranslation("analysis.audit.accepted", n.message(), why))
                        .orElse(n.message()))
                .collect(Collectors.joining(" · "));
    }

    /** A quiz's or vignette's own audit notes, under a heading a screen reader announces; none when clean. */
    private Optional<Component> audit(List<AuditNote> notes) {
        if (notes.isEmpty()) {
            return Optional.empty();
        }
        var list = new UnorderedList();
        list.addClassName("analysis-audit");
        list.getElement().setAttribute("aria-label", getTranslation("analysis.audit"));
        notes.forEach(n -> list.add(new ListItem(n.acceptedWhy()
                .map(why -> getTranslation("analysis.audit.accepted", n.message(), why))
                .orElse(n.message()))));
        return Optional.of(new Div(new Paragraph(getTranslation("analysis.audit")), list));
    }

    private String counts(List<Count> counts) {
        return counts.stream()
                .map(c -> getTranslation("analysis.option.picked", c.text(), c.count()))
                .collect(Collectors.joining("; "));
    }

    private String optional(OptionalDouble value) {
        return value.isPresent() ? number(value.getAsDouble()) : getTranslation("analysis.undefined");
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("analysis.title") + " · " + getTranslation("app.name");
    }
}
