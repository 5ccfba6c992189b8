package org.alliance.web.vignette.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The alliance meter's whole course through a session as a small SVG line drawn on the server, with the figures
 * as its text alternative (role img with a label), so a screen reader hears what the line shows.
 */
class MeterSparkline extends Div {
    private static final int WIDTH = 320;
    private static final int HEIGHT = 64;
    private static final int PAD = 6;

    MeterSparkline(List<Integer> values, int min, int max, String label) {
        addClassName("sparkline");
        add(new Html(svg(values, min, max, label)));
    }

    private static String svg(List<Integer> values, int min, int max, String label) {
        double span = Math.max(1, max - min);
        double step = values.size() < 2 ? 0 : (WIDTH - 2.0 * PAD) / (values.size() - 1);
        List<String> points = new ArrayList<>();
        var dots = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            double x = PAD + i * step;
            double y = PAD + (HEIGHT - 2.0 * PAD) * (1 - (values.get(i) - min) / span);
            points.add(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
            dots.append(String.format(
                    Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" class=\"sparkline-dot\"/>", x, y));
        }
        double middle = PAD + (HEIGHT - 2.0 * PAD) / 2.0;
        return String.format(
                Locale.ROOT,
                "<div class=\"sparkline-svg\"><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\""
                        + " role=\"img\" aria-label=\"%s\" focusable=\"false\">"
                        + "<line x1=\"0\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" class=\"sparkline-mid\"/>"
                        + "<polyline points=\"%s\" class=\"sparkline-line\"/>%s</svg></div>",
                WIDTH,
                HEIGHT,
                escape(label),
                middle,
                WIDTH,
                middle,
                String.join(" ", points),
                dots);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
