package org.alliance.core.format;

import static org.alliance.core.format.YamlOut.levels;
import static org.alliance.core.format.YamlOut.list;
import static org.alliance.core.format.YamlOut.map;
import static org.alliance.core.format.YamlOut.name;
import static org.alliance.core.format.YamlOut.number;
import static org.alliance.core.format.YamlOut.strings;

import java.util.LinkedHashMap;
import java.util.Map;
import org.alliance.core.model.BestResponseVignette;
import org.alliance.core.model.Branch;
import org.alliance.core.model.BranchingVignette;
import org.alliance.core.model.Choice;
import org.alliance.core.model.Cognitive;
import org.alliance.core.model.FreeTextVignette;
import org.alliance.core.model.MeterCondition;
import org.alliance.core.model.RateOptionsVignette;
import org.alliance.core.model.Vignette;
import org.alliance.core.model.VignetteHeader;

/** Writes a vignette of any kind. */
final class VignetteWriter {

    private VignetteWriter() {}

    static Map<String, Object> vignette(Vignette v) {
        VignetteHeader h = v.header();
        Map<String, Object> m = map(
                "id",
                h.id(),
                "kind",
                v.vignetteKind().key(),
                "title",
                h.title(),
                "level",
                name(h.level()),
                "cognitive",
                h.cognitive().map(Cognitive::key),
                "objectives",
                strings(h.objectives()),
                "concepts",
                strings(h.concepts()),
                "content_note",
                h.contentNote(),
                "persona",
                map(
                        "name",
                        h.persona().name(),
                        "age",
                        h.persona().age(),
                        "about",
                        h.persona().about()),
                "context",
                h.context(),
                "dimensions",
                strings(h.dimensions()),
                "commentary",
                h.commentary(),
                "settings",
                map(
                        "attempts",
                        h.settings().attempts(),
                        "grading_method",
                        name(h.settings().gradingMethod())));
        switch (v) {
            case BestResponseVignette b -> {
                m.put("client", b.client());
                b.cue().ifPresent(cue -> m.put("cue", cue));
                b.stem().ifPresent(stem -> m.put("stem", stem));
                m.put("options", ItemWriter.rated(b.options()));
            }
            case RateOptionsVignette r -> {
                m.put("client", r.client());
                r.cue().ifPresent(cue -> m.put("cue", cue));
                r.stem().ifPresent(stem -> m.put("stem", stem));
                m.put("options", ItemWriter.rated(r.options()));
            }
            case FreeTextVignette f -> {
                m.put("client", f.client());
                f.cue().ifPresent(cue -> m.put("cue", cue));
                m.put("prompt", f.prompt());
                m.put("examples", levels(f.examples()));
                Map<Object, Object> anchors = new LinkedHashMap<>();
                f.anchors().forEach((dimension, byLevel) -> anchors.put(dimension, levels(byLevel)));
                m.put("anchors", anchors);
            }
            case BranchingVignette b -> {
                m.put("start", b.start());
                m.put(
                        "alliance",
                        map(
                                "start",
                                b.alliance().start(),
                                "min",
                                b.alliance().min(),
                                "max",
                                b.alliance().max()));
                m.put(
                        "nodes",
                        list(
                                b.nodes(),
                                n -> map(
                                        "id",
                                        n.id(),
                                        "client",
                                        n.client(),
                                        "cue",
                                        n.cue(),
                                        "choices",
                                        list(n.choices(), VignetteWriter::choice),
                                        "audit",
                                        n.audit().map(AuditKeys::write))));
                m.put(
                        "endings",
                        list(
                                b.endings(),
                                e -> map(
                                        "id",
                                        e.id(),
                                        "client",
                                        e.client(),
                                        "outcome",
                                        name(e.outcome()),
                                        "bonus",
                                        number(e.bonus()),
                                        "summary",
                                        e.summary())));
            }
        }
        h.audit().ifPresent(a -> m.put("audit", AuditKeys.write(a)));
        return m;
    }

    private static Object choice(Choice c) {
        Map<String, Object> m = map(
                "id",
                c.id(),
                "text",
                c.text(),
                "ratings",
                ItemWriter.ratings(c.ratings()),
                "feedback",
                c.feedback(),
                "misconception",
                c.misconception(),
                "alliance",
                c.alliance());
        if (c.repairs()) {
            m.put("repairs", true);
        }
        if (c.safety() || c.safetyReason().isPresent()) {
            m.put("safety", c.safety());
        }
        c.safetyReason().ifPresent(reason -> m.put("safety_reason", reason));
        c.requires().ifPresent(r -> m.put("requires", condition(r)));
        if (c.next().size() == 1 && c.next().getFirst().when().isEmpty()) {
            m.put("next", c.next().getFirst().go());
        } else {
            m.put(
                    "next",
                    list(c.next(), (Branch b) -> map("when", b.when().map(VignetteWriter::condition), "go", b.go())));
        }
        return m;
    }

    private static Map<String, Object> condition(MeterCondition c) {
        return map("alliance_at_least", c.atLeast(), "alliance_below", c.below());
    }
}
