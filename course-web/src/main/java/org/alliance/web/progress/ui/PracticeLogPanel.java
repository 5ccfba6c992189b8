package org.alliance.web.progress.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.alliance.core.model.Level;
import org.alliance.web.drill.PracticeLog;
import org.alliance.web.vignette.PracticeSummary;

/**
 * The practice log on My progress: minutes of deliberate practice first and plainly (the one practice variable
 * that predicted therapists' outcomes), statements per drill and level, and the difficulty ratings over time.
 */
class PracticeLogPanel extends Div {

    PracticeLogPanel(PracticeLog.Log log, PracticeSummary replays) {
        addClassName("practice-log");
        setId("practice-log");
        add(new H2(getTranslation("practice.title")));
        if (replays.replays() > 0) {
            var replayed = new Paragraph(getTranslation("practice.replays", replays.replays(), replays.minutes()));
            replayed.setId("practice-replays");
            add(replayed);
        }
        if (log.empty()) {
            add(new Paragraph(getTranslation("practice.none")));
            return;
        }
        var minutes = new Paragraph(getTranslation("practice.minutes", log.minutes(), log.statements()));
        minutes.setId("practice-minutes");
        minutes.addClassName("practice-minutes");
        add(minutes, new Paragraph(getTranslation("practice.minutes-help")));

        add(new H3(getTranslation("practice.per-drill")));
        var head = new StringBuilder("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"")
                .append(escape(getTranslation("practice.per-drill")))
                .append("\"><table class=\"practice-table\"><thead><tr><th scope=\"col\">")
                .append(escape(getTranslation("practice.chart.drill")))
                .append("</th>");
        for (Level level : Level.values()) {
            head.append("<th scope=\"col\">")
                    .append(escape(getTranslation("drill.level." + level.name())))
                    .append("</th>");
        }
        var body = new StringBuilder("<tbody>");
        for (var drill : log.drills()) {
            body.append("<tr><th scope=\"row\">").append(escape(drill.title())).append("</th>");
            for (Level level : Level.values()) {
                body.append("<td>")
                        .append(drill.statements().getOrDefault(level, 0))
                        .append("</td>");
            }
            body.append("</tr>");
        }
        add(new Html(head.append("</tr></thead>")
                + body.append("</tbody></table></div>").toString()));

        add(new H3(getTranslation("practice.ratings")));
        add(new Paragraph(getTranslation("practice.ratings-help", RatingChart.SHOWN)));
        var chart = new RatingChart(log.ratings(), this::getTranslation, getLocale());
        chart.setId("practice-chart");
        add(chart);
    }

    private static String escape(String text) {
        return org.springframework.web.util.HtmlUtils.htmlEscape(text);
    }
}
