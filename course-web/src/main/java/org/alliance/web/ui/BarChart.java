package org.alliance.web.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart drawn on the server as SVG (no client charting library can be built here), with
 * the same figures in a visually hidden table for screen readers; the SVG itself is hidden from them.
 */
public class BarChart extends Div {
    private static final int ROW = 34;
    private static final int LABEL = 230;
    private static final int BAR = 300;

    /** One bar: its label, where it falls between min and max, and the text shown at its end. */
    public record Bar(String label, double value, double min, double max, String valueText) {}

    public BarChart(List<Bar> bars, String caption) {
        addClassName("bar-chart");
        int height = bars.size() * ROW + 10;
        var svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(LABEL + BAR + 70)
                .append(' ')
                .append(height)
                .append("\" aria-hidden=\"true\" focusable=\"false\">");
        for (int i = 0; i < bars.size(); i++) {
            var b = bars.get(i);
            double fraction = Math.clamp((b.value() - b.min()) / Math.max(1e-9, b.max() - b.min()), 0, 1);
            int y = i * ROW + 5;
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"0\" y=\"%d\" class=\"chart-label\">%s</text>"
                            + "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"18\" rx=\"4\" class=\"chart-track\"/>"
                            + "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"18\" rx=\"4\" class=\"chart-bar\"/>"
                            + "<text x=\"%d\" y=\"%d\" class=\"chart-value\">%s</text>",
                    y + 14,
                    escape(shorten(b.label())),
                    LABEL,
                    y,
                    BAR,
                    LABEL,
                    y,
                    Math.max(2, fraction * BAR),
                    LABEL + BAR + 8,
                    y + 14,
                    escape(b.valueText())));
        }
        add(new Html("<div class=\"chart-svg\">" + svg.append("</svg>") + "</div>"));
        var table = new StringBuilder("<div class=\"visually-hidden\"><table><caption>")
                .append(escape(caption))
                .append("</caption><tbody>");
        bars.forEach(b -> table.append("<tr><th scope=\"row\">")
                .append(escape(b.label()))
                .append("</th><td>")
                .append(escape(b.valueText()))
                .append("</td></tr>"));
        // Hidden by a wrapper: a table is never narrower than its rows, so a hidden table would widen the page.
        add(new Html(table.append("</tbody></table></div>").toString()));
    }

    private static String shorten(String label) {
        return label.length() > 32 ? label.substring(0, 31) + "…" : label;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
