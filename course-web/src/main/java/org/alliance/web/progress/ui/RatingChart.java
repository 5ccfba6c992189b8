package org.alliance.web.progress.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.alliance.core.model.Level;
import org.alliance.core.practice.Difficulty;
import org.alliance.web.drill.PracticeLog.Rating;
import org.springframework.web.util.HtmlUtils;

/**
 * Difficulty ratings in the order they were given, drawn on the server as SVG: one mark per rated statement at the
 * height of its level, its shape the rating (up for too easy, a dot for a good challenge, down for too hard), so a
 * climb through the levels shows as marks moving up. The same ratings are in a visually hidden table.
 */
class RatingChart extends Div {
    static final int SHOWN = 40;
    private static final int STEP = 14;
    private static final int LEFT = 96;
    private static final int ROW = 28;

    RatingChart(List<Rating> all, Function<String, String> translate, Locale locale) {
        addClassName("rating-chart");
        List<Rating> ratings = all.subList(Math.max(0, all.size() - SHOWN), all.size());
        int width = LEFT + Math.max(1, ratings.size()) * STEP + 10;
        int height = Level.values().length * ROW + 10;
        var svg = new StringBuilder(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\""
                        + " aria-hidden=\"true\" focusable=\"false\">",
                width,
                height,
                width,
                height));
        for (Level level : Level.values()) {
            int y = y(level);
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"0\" y=\"%d\" class=\"chart-label\">%s</text>"
                            + "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"chart-track-line\"/>",
                    y + 4,
                    HtmlUtils.htmlEscape(translate.apply("drill.level." + level.name())),
                    LEFT,
                    y,
                    width - 4,
                    y));
        }
        for (int i = 0; i < ratings.size(); i++) {
            var r = ratings.get(i);
            int x = LEFT + i * STEP + STEP / 2;
            int y = y(r.level());
            svg.append(mark(r.difficulty(), x, y));
        }
        add(new Html("<div class=\"chart-svg\">" + svg.append("</svg>") + "</div>"));
        var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(ZoneId.systemDefault());
        var table = new StringBuilder("<table><caption>")
                .append(HtmlUtils.htmlEscape(translate.apply("practice.chart.caption")))
                .append("</caption><thead><tr><th scope=\"col\">")
                .append(HtmlUtils.htmlEscape(translate.apply("practice.chart.when")))
                .append("</th><th scope=\"col\">")
                .append(HtmlUtils.htmlEscape(translate.apply("practice.chart.drill")))
                .append("</th><th scope=\"col\">")
                .append(HtmlUtils.htmlEscape(translate.apply("practice.chart.level")))
                .append("</th><th scope=\"col\">")
                .append(HtmlUtils.htmlEscape(translate.apply("practice.chart.rating")))
                .append("</th></tr></thead><tbody>");
        ratings.forEach(r -> table.append("<tr><td>")
                .append(HtmlUtils.htmlEscape(format.format(r.at())))
                .append("</td><td>")
                .append(HtmlUtils.htmlEscape(r.title()))
                .append("</td><td>")
                .append(HtmlUtils.htmlEscape(
                        translate.apply("drill.level." + r.level().name())))
                .append("</td><td>")
                .append(HtmlUtils.htmlEscape(
                        translate.apply("drill.difficulty." + r.difficulty().name())))
                .append("</td></tr>"));
        // Hidden by its wrapper: a table is never narrower than its rows, whatever width it is given, so hiding the
        // table itself would leave its width in the page's scrollable area.
        add(new Html("<div class=\"visually-hidden\">" + table.append("</tbody></table>") + "</div>"));
    }

    private static int y(Level level) {
        return (Level.values().length - 1 - level.ordinal()) * ROW + ROW / 2 + 4;
    }

    private static String mark(Difficulty difficulty, int x, int y) {
        return switch (difficulty) {
            case TOO_EASY ->
                String.format(Locale.ROOT, "<path d=\"M%d %d l5 8 h-10 z\" class=\"mark-easy\"/>", x, y - 5);
            case GOOD_CHALLENGE ->
                String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"%d\" r=\"4.5\" class=\"mark-good\"/>", x, y);
            case TOO_HARD ->
                String.format(Locale.ROOT, "<path d=\"M%d %d l5 -8 h-10 z\" class=\"mark-hard\"/>", x, y + 5);
        };
    }
}
