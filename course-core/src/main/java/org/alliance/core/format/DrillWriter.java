package org.alliance.core.format;

import static org.alliance.core.format.YamlOut.list;
import static org.alliance.core.format.YamlOut.map;
import static org.alliance.core.format.YamlOut.name;
import static org.alliance.core.format.YamlOut.strings;

import java.util.LinkedHashMap;
import java.util.Map;
import org.alliance.core.model.Drill;
import org.alliance.core.model.DrillHint;
import org.alliance.core.model.DrillStatement;
import org.alliance.core.model.Level;

/** Writes a drill, every setting and every level spelt out. */
final class DrillWriter {

    private DrillWriter() {}

    static Map<String, Object> drill(Drill d) {
        Map<String, Object> levels = new LinkedHashMap<>();
        for (Level level : Level.values()) {
            levels.put(name(level), list(d.statements(level), DrillWriter::statement));
        }
        return map(
                "id",
                d.id(),
                "title",
                d.title(),
                "skill",
                d.skill(),
                "objectives",
                strings(d.objectives()),
                "concepts",
                strings(d.concepts()),
                "references",
                strings(d.references()),
                "content_note",
                d.contentNote(),
                "criteria",
                list(d.criteria(), c -> map("id", c.id(), "text", c.text())),
                "avoid",
                strings(d.avoid()),
                "hints",
                list(d.hints(), DrillHint::key),
                "settings",
                map(
                        "statements_per_round",
                        d.settings().statementsPerRound(),
                        "minutes",
                        d.settings().minutes()),
                "levels",
                levels,
                "audit",
                d.audit().map(AuditKeys::write));
    }

    private static Object statement(DrillStatement s) {
        return map(
                "id",
                s.id(),
                "context",
                s.context(),
                "tone",
                s.tone(),
                "client",
                s.client(),
                "criteria",
                strings(s.criteria()),
                "examples",
                strings(s.examples()),
                "poor",
                strings(s.poor()));
    }
}
