package org.alliance.core.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alliance.core.model.RatedOption;
import org.alliance.core.model.RaterScores;
import org.alliance.core.model.Ratings;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads {@code ratings}: either a mapping of dimension to rating (the author's), or a panel, a list
 * of mappings each with a {@code rater} and that rater's ratings.
 */
final class RatingsReader {

    private RatingsReader() {}

    static Ratings read(YamlMap owner) {
        var node = owner.node("ratings");
        if (node.isEmpty()) {
            owner.missing("ratings");
            return new Ratings(List.of());
        }
        FileContext ctx = owner.context();
        String path = owner.join("ratings");
        if (node.get() instanceof SequenceNode panel) {
            List<RaterScores> raters = new ArrayList<>();
            int i = 0;
            for (Node element : panel.getValue()) {
                String rater = element instanceof MappingNode m ? raterName(m, i) : "#" + i;
                int index = i;
                YamlMap.of(ctx, path + "[" + rater + "]", "ratings", element).ifPresent(r -> {
                    String name = r.textOr("rater", "#" + index);
                    raters.add(new RaterScores(name, scores(r, "rater")));
                });
                i++;
            }
            return new Ratings(raters);
        }
        return YamlMap.of(ctx, path, "ratings", node.get())
                .map(r -> Ratings.byAuthor(scores(r, "")))
                .orElseGet(() -> new Ratings(List.of()));
    }

    private static String raterName(MappingNode m, int index) {
        for (var tuple : m.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode k
                    && k.getValue().equals("rater")
                    && tuple.getValueNode() instanceof ScalarNode v) {
                return v.getValue();
            }
        }
        return "#" + index;
    }

    private static Map<String, Integer> scores(YamlMap r, String skip) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (Map.Entry<String, Node> e : r.entries().entrySet()) {
            if (e.getKey().equals(skip)) {
                continue;
            }
            Yaml.integer(e.getValue())
                    .ifPresentOrElse(
                            v -> scores.put(e.getKey(), v),
                            () -> r.wrongType(e.getValue(), e.getKey(), "a whole-number rating"));
        }
        return scores;
    }

    /** A rated option of a best-response item or vignette. */
    static RatedOption option(YamlMap o) {
        RatedOption option =
                new RatedOption(o.id(), o.text("text"), read(o), o.text("rationale"), o.optText("misconception"));
        o.finish();
        return option;
    }

    static List<RatedOption> options(YamlMap owner) {
        List<RatedOption> options = new ArrayList<>();
        for (YamlMap o : owner.maps("options")) {
            options.add(option(o));
        }
        if (!owner.has("options")) {
            owner.missing("options");
        }
        return options;
    }
}
