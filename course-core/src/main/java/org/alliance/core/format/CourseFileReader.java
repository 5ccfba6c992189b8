package org.alliance.core.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alliance.core.model.CompletionRule;
import org.alliance.core.model.Dimension;
import org.alliance.core.model.GradingPolicy;
import org.alliance.core.model.RatingScale;
import org.alliance.core.model.Rubric;
import org.alliance.core.model.Weights;
import org.alliance.core.validation.ProblemCode;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads course.yaml. */
final class CourseFileReader {

    static final String PATH = "course";

    private CourseFileReader() {}

    static CourseFile read(YamlMap m) {
        CourseFile file = new CourseFile(
                m.id(),
                m.text("title"),
                m.text("summary"),
                m.text("audience"),
                m.textOr("language", "en"),
                m.strings("authors"),
                m.text("licence"),
                m.strings("content_notes"),
                m.text("front_matter"),
                m.text("support"),
                m.strings("lessons"),
                m.map("rubric").map(CourseFileReader::rubric).orElseGet(() -> {
                    m.missing("rubric");
                    return new Rubric(RatingScale.defaults(), List.of());
                }),
                m.map("grading").map(CourseFileReader::grading).orElseGet(GradingPolicy::defaults),
                AuditKeys.acceptance(m));
        if (file.lessonIds().isEmpty() && !m.has("lessons")) {
            m.missing("lessons");
        }
        m.finish();
        return file;
    }

    private static Rubric rubric(YamlMap m) {
        RatingScale scale = m.map("scale")
                .map(s -> {
                    RatingScale result = new RatingScale(s.requiredInteger("min"), s.requiredInteger("max"));
                    if (result.min() >= result.max() || result.levels() > RatingScale.MAX_LEVELS) {
                        s.context()
                                .report(
                                        ProblemCode.OUT_OF_RANGE,
                                        s.location(),
                                        s.path(),
                                        "field",
                                        "scale",
                                        "value",
                                        result.min() + ".." + result.max(),
                                        "range",
                                        "min below max, at most " + RatingScale.MAX_LEVELS + " levels");
                    }
                    s.finish();
                    return result;
                })
                .orElseGet(RatingScale::defaults);
        List<Dimension> dimensions = new ArrayList<>();
        for (YamlMap d : m.maps("dimensions")) {
            dimensions.add(new Dimension(d.id(), d.text("name"), d.text("description"), levels(d, "anchors")));
            d.finish();
        }
        m.finish();
        return new Rubric(scale, dimensions);
    }

    /** A mapping from rubric level (a whole number) to text, as in anchors and examples. */
    static Map<Integer, String> levels(YamlMap owner, String key) {
        Map<Integer, String> result = new LinkedHashMap<>();
        owner.map(key).ifPresent(levels -> levels(levels, result));
        return result;
    }

    static Map<Integer, String> levels(YamlMap levels, Map<Integer, String> into) {
        for (Map.Entry<String, Node> e : levels.entries().entrySet()) {
            Optional<Integer> level = parseLevel(e.getKey());
            if (level.isEmpty()) {
                levels.context()
                        .report(
                                ProblemCode.WRONG_TYPE,
                                levels.locationOf(e.getKey()),
                                levels.join(e.getKey()),
                                "field",
                                e.getKey(),
                                "expected",
                                "a level number as key",
                                "found",
                                "text");
                continue;
            }
            if (into.containsKey(level.get())) {
                levels.context()
                        .report(
                                ProblemCode.DUPLICATE_KEY,
                                levels.locationOf(e.getKey()),
                                levels.join(e.getKey()),
                                "key",
                                e.getKey() + " (level " + level.get() + ")");
                continue;
            }
            levels.scalarText(levels.join(e.getKey()), e.getKey(), e.getValue())
                    .ifPresent(t -> into.put(level.get(), t));
        }
        return into;
    }

    static Optional<Integer> parseLevel(String key) {
        try {
            return Optional.of(Integer.parseInt(key.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static GradingPolicy grading(YamlMap m) {
        double passMark = m.number("pass_mark", 0.6);
        fraction(m, "pass_mark", passMark);
        Weights weights = m.map("weights")
                .map(w -> {
                    Map<String, Double> activities = new LinkedHashMap<>();
                    w.map("activities").ifPresent(a -> {
                        for (Map.Entry<String, Node> e : a.entries().entrySet()) {
                            Yaml.number(e.getValue())
                                    .ifPresentOrElse(
                                            v -> activities.put(e.getKey(), v),
                                            () -> a.wrongType(e.getValue(), e.getKey(), "a number"));
                        }
                    });
                    Weights result = new Weights(
                            w.number("quiz", 1), w.number("vignette", 1), w.number("reflection", 0), activities);
                    w.finish();
                    return result;
                })
                .orElseGet(Weights::defaults);
        CompletionRule completion = m.map("completion")
                .map(c -> {
                    CompletionRule result = new CompletionRule(
                            c.choice("lessons_read", CompletionRule.LessonsRead.ALL),
                            c.choice("activities", CompletionRule.ActivitiesRequired.GRADED));
                    c.finish();
                    return result;
                })
                .orElseGet(CompletionRule::defaults);
        m.finish();
        return new GradingPolicy(passMark, weights, completion);
    }

    /** Reports a value outside 0..1 where a fraction is expected. */
    static void fraction(YamlMap m, String key, double value) {
        if (value < 0 || value > 1) {
            m.context()
                    .report(
                            ProblemCode.OUT_OF_RANGE,
                            m.locationOf(key),
                            m.join(key),
                            "field",
                            key,
                            "value",
                            Numbers.format(value),
                            "range",
                            "0..1");
        }
    }
}
