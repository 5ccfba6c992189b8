package org.alliance.web.editor.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.alliance.core.model.Branch;
import org.alliance.core.model.BranchingVignette;

/**
 * The branches of a vignette drawn on the server as SVG: columns by distance from the start, nodes as boxes,
 * endings as rounded boxes, targets that do not exist yet as dashed boxes, an arrow for every way a choice can
 * lead. A text list says the same for screen readers.
 */
class BranchDiagram extends Div {
    private static final int COL = 190;
    private static final int ROW = 64;
    private static final int BOX_W = 150;
    private static final int BOX_H = 34;

    BranchDiagram(BranchingVignette vignette, String caption, String missingLabel) {
        addClassName("branch-diagram");
        Map<String, Integer> depth = depths(vignette);
        Map<Integer, List<String>> columns = new LinkedHashMap<>();
        depth.forEach(
                (id, d) -> columns.computeIfAbsent(d, k -> new ArrayList<>()).add(id));
        Map<String, int[]> at = new LinkedHashMap<>();
        columns.forEach((d, ids) -> {
            for (int i = 0; i < ids.size(); i++) {
                at.put(ids.get(i), new int[] {10 + d * COL, 10 + i * ROW});
            }
        });
        int width = 20 + columns.size() * COL;
        int height = 20 + columns.values().stream().mapToInt(List::size).max().orElse(1) * ROW;
        var svg = new StringBuilder(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" aria-hidden=\"true\" focusable=\"false\">"
                        + "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"6\""
                        + " markerHeight=\"6\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" class=\"diagram-arrow\"/>"
                        + "</marker></defs>",
                width,
                height));
        var described = new StringBuilder("<ul class=\"visually-hidden\" aria-label=\"")
                .append(escape(caption))
                .append("\">");
        for (var node : vignette.nodes()) {
            for (var choice : node.choices()) {
                for (Branch branch : choice.next()) {
                    int[] from = at.get(node.id());
                    int[] to = at.get(branch.go());
                    if (from != null && to != null) {
                        svg.append(String.format(
                                Locale.ROOT,
                                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"diagram-edge\""
                                        + " marker-end=\"url(#arrow)\"/>",
                                from[0] + BOX_W,
                                from[1] + BOX_H / 2,
                                to[0],
                                to[1] + BOX_H / 2));
                    }
                    described
                            .append("<li>")
                            .append(escape(node.id() + " / " + choice.id() + " → " + branch.go()
                                    + (vignette.node(branch.go()).isEmpty()
                                                    && vignette.ending(branch.go())
                                                            .isEmpty()
                                            ? " (" + missingLabel + ")"
                                            : "")))
                            .append("</li>");
                }
            }
        }
        at.forEach((id, p) -> {
            boolean ending = vignette.ending(id).isPresent();
            boolean missing = !ending && vignette.node(id).isEmpty(); // a target not (yet) written
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"%d\" class=\"%s\"/>"
                            + "<text x=\"%d\" y=\"%d\" class=\"diagram-label\">%s</text>",
                    p[0],
                    p[1],
                    BOX_W,
                    BOX_H,
                    ending ? 16 : 4,
                    ending ? "diagram-ending" : missing ? "diagram-missing" : "diagram-node",
                    p[0] + 8,
                    p[1] + 22,
                    escape(id.length() > 22 ? id.substring(0, 21) + "…" : id)));
        });
        add(new Html("<div class=\"diagram-svg\">" + svg.append("</svg>") + "</div>"));
        add(new Html(described.append("</ul>").toString()));
    }

    /** Longest-known distance from the start by breadth-first search; unreachable ids are left out. */
    private static Map<String, Integer> depths(BranchingVignette vignette) {
        Map<String, Integer> depth = new LinkedHashMap<>();
        var queue = new ArrayDeque<String>();
        depth.put(vignette.start(), 0);
        queue.add(vignette.start());
        while (!queue.isEmpty()) {
            String id = queue.poll();
            var node = vignette.node(id);
            if (node.isEmpty()) {
                continue;
            }
            for (var choice : node.get().choices()) {
                for (Branch branch : choice.next()) {
                    int d = depth.get(id) + 1;
                    if (d < 30 && depth.getOrDefault(branch.go(), -1) < d) {
                        depth.put(branch.go(), d);
                        queue.add(branch.go());
                    }
                }
            }
        }
        return depth;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
