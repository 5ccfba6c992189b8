package org.alliance.core.format;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.alliance.core.model.BestResponseVignette;
import org.alliance.core.model.FreeTextVignette;
import org.alliance.core.model.GradingMethod;
import org.alliance.core.model.Level;
import org.alliance.core.model.Persona;
import org.alliance.core.model.RateOptionsVignette;
import org.alliance.core.model.Vignette;
import org.alliance.core.model.VignetteHeader;
import org.alliance.core.model.VignetteKind;
import org.alliance.core.model.VignetteSettings;

/** Reads vignettes/&lt;id&gt;.yaml of every kind. */
final class VignetteReader {

    private VignetteReader() {}

    static Optional<Vignette> read(YamlMap m) {
        Optional<VignetteKind> kind = m.optChoice("kind", VignetteKind.class);
        VignetteHeader header = header(m);
        if (kind.isEmpty()) {
            if (!m.has("kind")) {
                m.missing("kind");
            }
            return Optional.empty(); // without a kind the other keys cannot be judged
        }
        Vignette vignette = switch (kind.get()) {
            case BEST_RESPONSE ->
                new BestResponseVignette(
                        header, m.text("client"), m.optText("cue"), m.optText("stem"), RatingsReader.options(m));
            case RATE_OPTIONS ->
                new RateOptionsVignette(
                        header, m.text("client"), m.optText("cue"), m.optText("stem"), RatingsReader.options(m));
            case FREE_TEXT -> freeText(m, header);
            case BRANCHING -> BranchingReader.read(m, header);
        };
        m.finish();
        return Optional.of(vignette);
    }

    private static VignetteHeader header(YamlMap m) {
        String id = m.id();
        String title = m.text("title");
        Level level = m.optChoice("level", Level.class).orElseGet(() -> {
            if (!m.has("level")) {
                m.missing("level");
            }
            return Level.INTERMEDIATE;
        });
        Persona persona = m.map("persona")
                .map(p -> {
                    Persona result = new Persona(p.text("name"), p.optInteger("age"), p.text("about"));
                    p.finish();
                    return result;
                })
                .orElseGet(() -> {
                    m.missing("persona");
                    return new Persona("", Optional.empty(), "");
                });
        VignetteSettings settings = m.map("settings")
                .map(s -> {
                    VignetteSettings result = new VignetteSettings(
                            QuizReader.atLeast(s, "attempts", s.integer("attempts", 0), 0),
                            s.choice("grading_method", GradingMethod.HIGHEST));
                    s.finish();
                    return result;
                })
                .orElseGet(VignetteSettings::defaults);
        return new VignetteHeader(
                id,
                title,
                level,
                ItemReader.required(m, "objectives"),
                ItemReader.required(m, "concepts"),
                m.optText("content_note"),
                persona,
                m.textOr("context", ""),
                ItemReader.required(m, "dimensions"),
                m.textOr("commentary", ""),
                settings,
                AuditKeys.cognitive(m),
                AuditKeys.acceptance(m));
    }

    private static FreeTextVignette freeText(YamlMap m, VignetteHeader header) {
        Map<String, Map<Integer, String>> anchors = new LinkedHashMap<>();
        m.map("anchors")
                .ifPresent(a -> a.entries()
                        .forEach((dimension, node) -> YamlMap.of(a.context(), a.join(dimension), dimension, node)
                                .ifPresent(levels -> anchors.put(
                                        dimension, CourseFileReader.levels(levels, new LinkedHashMap<>())))));
        return new FreeTextVignette(
                header,
                m.text("client"),
                m.optText("cue"),
                m.text("prompt"),
                CourseFileReader.levels(m, "examples"),
                anchors);
    }
}
