package org.alliance.core.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.alliance.core.model.AuditAcceptance;
import org.alliance.core.model.Criterion;
import org.alliance.core.model.Drill;
import org.alliance.core.model.DrillHint;
import org.alliance.core.model.DrillSettings;
import org.alliance.core.model.DrillStatement;
import org.alliance.core.model.Level;
import org.alliance.core.validation.ProblemCode;

/**
 * Reads drills/&lt;id&gt;.yaml. Counts and cross-references (statements per level, criteria named by a
 * statement, hints against the examples) are the validator's, so a drill built in memory is judged alike.
 */
final class DrillReader {

    private DrillReader() {}

    static Drill read(YamlMap m) {
        String id = m.id();
        String title = m.text("title");
        String skill = m.text("skill");
        List<String> objectives = m.strings("objectives");
        List<String> concepts = ItemReader.required(m, "concepts");
        List<String> references = m.strings("references");
        Optional<String> contentNote = m.optText("content_note");
        List<Criterion> criteria = criteria(m);
        List<String> avoid = ItemReader.required(m, "avoid");
        List<DrillHint> hints = hints(m);
        DrillSettings settings = m.map("settings").map(DrillReader::settings).orElseGet(DrillSettings::defaults);
        Map<Level, List<DrillStatement>> levels = levels(m);
        Optional<AuditAcceptance> audit = AuditKeys.acceptance(m);
        m.finish();
        return new Drill(
                id,
                title,
                skill,
                objectives,
                concepts,
                references,
                contentNote,
                criteria,
                avoid,
                hints,
                settings,
                levels,
                audit);
    }

    private static List<Criterion> criteria(YamlMap m) {
        if (!m.has("criteria")) {
            m.missing("criteria");
            return List.of();
        }
        List<Criterion> criteria = new ArrayList<>();
        for (YamlMap c : m.maps("criteria")) {
            criteria.add(new Criterion(c.id(), c.text("text")));
            c.finish();
        }
        return criteria;
    }

    private static List<DrillHint> hints(YamlMap m) {
        List<String> allowed =
                Arrays.stream(DrillHint.values()).map(DrillHint::key).toList();
        List<DrillHint> hints = new ArrayList<>();
        List<String> words = m.strings("hints");
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String at = m.join("hints") + "[" + i + "]";
            int index = allowed.indexOf(word);
            if (index >= 0) {
                hints.add(DrillHint.values()[index]);
                continue;
            }
            m.context()
                    .report(
                            ProblemCode.INVALID_VALUE,
                            m.context().sources().locate(at),
                            at,
                            "value",
                            word,
                            "field",
                            "hints",
                            "allowed",
                            String.join(", ", allowed),
                            "suggestion",
                            Spelling.closest(word, allowed).orElse(""));
        }
        return hints;
    }

    private static DrillSettings settings(YamlMap s) {
        DrillSettings d = DrillSettings.defaults();
        DrillSettings settings = new DrillSettings(
                s.integer("statements_per_round", d.statementsPerRound()), s.integer("minutes", d.minutes()));
        s.finish();
        return settings;
    }

    /** The three levels, each a list of statements; a level left out reads as none (the validator says so). */
    private static Map<Level, List<DrillStatement>> levels(YamlMap m) {
        Map<Level, List<DrillStatement>> levels = new EnumMap<>(Level.class);
        Optional<YamlMap> written = m.map("levels");
        if (written.isEmpty()) {
            if (!m.has("levels")) {
                m.missing("levels");
            }
            return levels;
        }
        YamlMap l = written.get();
        for (Level level : Level.values()) {
            List<DrillStatement> statements = new ArrayList<>();
            for (YamlMap s : l.maps(level.name().toLowerCase(Locale.ROOT))) {
                statements.add(statement(s));
            }
            levels.put(level, statements);
        }
        l.finish();
        return levels;
    }

    private static DrillStatement statement(YamlMap s) {
        DrillStatement statement = new DrillStatement(
                s.id(),
                s.text("context"),
                s.text("tone"),
                s.text("client"),
                s.strings("criteria"),
                ItemReader.required(s, "examples"),
                s.strings("poor"));
        s.finish();
        return statement;
    }
}
