package org.alliance.web.grading.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Map;
import java.util.stream.Collectors;
import org.alliance.web.grading.GradingViews.AuditView;
import org.alliance.web.grading.GradingViews.RatingView;
import org.alliance.web.grading.GradingViews.Sheet;
import org.alliance.web.vignette.VignetteViews.Anchored;

/** Teachers only: every rating with its rater, the raters' agreement on this vignette, and the audit log. */
class HistoryPanel extends Div {
    final UnorderedList ratings = new UnorderedList();
    final Paragraph agreement = new Paragraph();
    final Grid<AuditView> audit = new Grid<>();

    HistoryPanel(Sheet sheet) {
        addClassName("history-panel");
        Map<String, String> names =
                sheet.answer().rubric().stream().collect(Collectors.toMap(Anchored::id, Anchored::name));
        for (RatingView r : sheet.ratings()) {
            var item = new ListItem(new Paragraph(getTranslation(
                    "grading.rating-line",
                    getTranslation("grading.kind." + r.kind().name()),
                    r.rater(),
                    Texts.when(r.ratedAt()),
                    given(names, r.ratings()))));
            if (r.safetyConcern()) {
                item.add(new Paragraph(getTranslation("grading.safety-flagged")));
            }
            if (!r.comment().isBlank()) {
                item.add(new Paragraph(getTranslation("grading.rating-comment", r.comment())));
            }
            if (!r.earlier().isEmpty()) {
                // Each version a rater revised away stays on record; the first is what agreement counts.
                var earlier = new UnorderedList();
                earlier.addClassName("rating-revisions");
                r.earlier()
                        .forEach(v -> earlier.add(new ListItem(getTranslation(
                                "grading.revision-line", Texts.when(v.ratedAt()), given(names, v.ratings())))));
                item.add(
                        new Paragraph(
                                getTranslation("grading.revisions", r.earlier().size())),
                        earlier);
            }
            ratings.add(item);
        }
        ratings.setId("grading-ratings");
        add(new Section(
                new H2(getTranslation("grading.ratings")),
                sheet.ratings().isEmpty() ? new Paragraph(getTranslation("grading.no-ratings")) : ratings));

        var a = sheet.agreement();
        String none = getTranslation("grading.agreement.undefined");
        agreement.setText(getTranslation(
                "grading.agreement.summary",
                a.answers(),
                a.ratedUnits(),
                Texts.figure(a.icc21(), none),
                Texts.figure(a.quadraticKappa(), none)));
        agreement.setId("grading-agreement");
        var byDimension = new UnorderedList();
        a.iccByDimension()
                .forEach((d, icc) -> byDimension.add(new ListItem(getTranslation(
                        "grading.agreement.dimension", names.getOrDefault(d, d), Texts.figure(icc, none)))));
        add(new Section(
                new H2(getTranslation("grading.agreement")),
                agreement,
                new Paragraph(getTranslation("grading.agreement.explained")),
                byDimension));

        audit.addColumn(e -> Texts.when(e.at()))
                .setHeader(getTranslation("grading.audit.when"))
                .setAutoWidth(true);
        audit.addColumn(AuditView::actor)
                .setHeader(getTranslation("grading.audit.who"))
                .setAutoWidth(true);
        audit.addColumn(e -> getTranslation("grading.audit." + e.action().name()))
                .setHeader(getTranslation("grading.audit.what"))
                .setAutoWidth(true);
        audit.addColumn(e -> e.oldScore().map(Texts::percent).orElse("–"))
                .setHeader(getTranslation("grading.audit.old"))
                .setAutoWidth(true);
        audit.addColumn(e -> e.newScore().map(Texts::percent).orElse("–"))
                .setHeader(getTranslation("grading.audit.new"))
                .setAutoWidth(true);
        audit.addColumn(e -> e.reason().orElse(""))
                .setHeader(getTranslation("grading.audit.why"))
                .setFlexGrow(2);
        audit.setItems(sheet.audit());
        audit.setAllRowsVisible(true);
        audit.setAriaLabel(getTranslation("grading.audit"));
        audit.setId("grading-audit");
        add(new Section(new H2(getTranslation("grading.audit")), audit));
    }

    private static String given(Map<String, String> names, Map<String, Integer> ratings) {
        return ratings.entrySet().stream()
                .map(e -> names.getOrDefault(e.getKey(), e.getKey()) + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
