package org.alliance.core.validation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.alliance.core.drill.HintEvaluation;
import org.alliance.core.model.Concept;
import org.alliance.core.model.Course;
import org.alliance.core.model.Criterion;
import org.alliance.core.model.Drill;
import org.alliance.core.model.DrillHint;
import org.alliance.core.model.DrillSettings;
import org.alliance.core.model.DrillStatement;
import org.alliance.core.model.Level;
import org.alliance.core.model.Objective;
import org.alliance.core.model.Reference;

/**
 * What makes a drill practicable: enough statements at every level, two to four criteria a student can check,
 * at least two example responses per statement, something to avoid, ids that resolve, settings in range, and
 * automatic hints that stay silent on every example and were measured on labelled poor responses.
 */
final class DrillChecks {

    static final int MIN_STATEMENTS = 3;
    static final int MIN_EXAMPLES = 2;
    static final int MIN_CRITERIA = 2;
    static final int MAX_CRITERIA = 4;

    private DrillChecks() {}

    static void run(Checking c) {
        Course course = c.course();
        Set<String> concepts = course.concepts().stream().map(Concept::id).collect(Collectors.toSet());
        Set<String> objectives = course.objectives().stream().map(Objective::id).collect(Collectors.toSet());
        Set<String> references = course.references().stream().map(Reference::id).collect(Collectors.toSet());
        for (Drill drill : course.drills()) {
            String path = "drills[" + drill.id() + "]";
            c.references(path, "objectives", drill.objectives(), objectives::contains, ProblemCode.UNKNOWN_OBJECTIVE);
            c.references(path, "concepts", drill.concepts(), concepts::contains, ProblemCode.UNKNOWN_CONCEPT);
            c.references(path, "references", drill.references(), references::contains, ProblemCode.UNKNOWN_REFERENCE);
            ItemChecks.nonEmpty(c, path + ".concepts", drill.concepts(), "one glossary concept");
            ItemChecks.nonEmpty(c, path + ".avoid", drill.avoid(), "one thing a poor response does");
            criteria(c, path, drill);
            statements(c, path, drill);
            settings(c, path + ".settings", drill.settings());
            hints(c, path, drill);
        }
    }

    private static void criteria(Checking c, String path, Drill drill) {
        int count = drill.criteria().size();
        if ((count < MIN_CRITERIA || count > MAX_CRITERIA) && c.present(path + ".criteria")) {
            c.report(ProblemCode.CRITERIA_COUNT, path + ".criteria", "count", Integer.toString(count));
        }
        Set<String> used = new HashSet<>();
        for (DrillStatement s : drill.allStatements()) {
            drill.criteriaFor(s).forEach(k -> used.add(k.id()));
        }
        for (Criterion criterion : drill.criteria()) {
            if (!used.contains(criterion.id()) && !drill.allStatements().isEmpty()) {
                c.report(
                        ProblemCode.UNUSED_CRITERION, path + ".criteria[" + criterion.id() + "]", "id", criterion.id());
            }
        }
    }

    private static void statements(Checking c, String path, Drill drill) {
        Set<String> criteria = drill.criteria().stream().map(Criterion::id).collect(Collectors.toSet());
        String allowed =
                String.join(", ", drill.criteria().stream().map(Criterion::id).toList());
        Map<String, String> seen = new HashMap<>();
        for (Level level : Level.values()) {
            String levelPath = path + ".levels." + level.name().toLowerCase(Locale.ROOT);
            List<DrillStatement> statements = drill.statements(level);
            if (c.present(path + ".levels")) { // without levels at all, the reader said so once
                ItemChecks.atLeast(c, levelPath, statements.size(), MIN_STATEMENTS);
            }
            for (DrillStatement s : statements) {
                String at = levelPath + "[" + s.id() + "]";
                String other = seen.putIfAbsent(s.id(), at);
                if (other != null && !other.equals(at)) {
                    c.report(
                            ProblemCode.DUPLICATE_ID,
                            at + ".id",
                            "id",
                            s.id(),
                            "other",
                            c.sources().locate(other).toString(),
                            "kind",
                            "statement of a drill");
                }
                for (int i = 0; i < s.criteria().size(); i++) {
                    if (!criteria.contains(s.criteria().get(i))) {
                        c.report(
                                ProblemCode.UNKNOWN_CRITERION,
                                at + ".criteria[" + i + "]",
                                "id",
                                s.criteria().get(i),
                                "allowed",
                                allowed);
                    }
                }
                if (c.present(at + ".examples")) {
                    ItemChecks.atLeast(c, at + ".examples", s.examples().size(), MIN_EXAMPLES);
                }
            }
        }
    }

    private static void settings(Checking c, String path, DrillSettings s) {
        range(c, path + ".statements_per_round", "statements_per_round", s.statementsPerRound(), 1, 30);
        range(c, path + ".minutes", "minutes", s.minutes(), 0, 120);
    }

    private static void hints(Checking c, String path, Drill drill) {
        for (int h = 0; h < drill.hints().size(); h++) {
            DrillHint hint = drill.hints().get(h);
            if (drill.hints().indexOf(hint) != h) {
                continue; // named twice: judged once
            }
            HintEvaluation evaluation = HintEvaluation.of(drill, hint);
            for (HintEvaluation.Hit hit : evaluation.onExamples()) {
                Level level = drill.levelOf(hit.statementId()).orElse(Level.BEGINNER);
                c.report(
                        ProblemCode.HINT_FIRES_ON_EXAMPLE,
                        path + ".levels." + level.name().toLowerCase(Locale.ROOT) + "[" + hit.statementId()
                                + "].examples[" + hit.index() + "]",
                        "hint",
                        hint.key(),
                        "statement",
                        hit.statementId(),
                        "number",
                        Integer.toString(hit.index() + 1),
                        "example",
                        hit.text());
            }
            if (!evaluation.measured()) {
                c.report(
                        ProblemCode.HINT_UNMEASURED,
                        path + ".hints[" + h + "]",
                        "hint",
                        hint.key(),
                        "count",
                        Integer.toString(evaluation.poor()),
                        "minimum",
                        Integer.toString(HintEvaluation.MIN_POOR));
            }
        }
    }

    private static void range(Checking c, String path, String field, int value, int min, int max) {
        if (value < min || value > max) {
            c.report(
                    ProblemCode.OUT_OF_RANGE,
                    path,
                    "field",
                    field,
                    "value",
                    Integer.toString(value),
                    "range",
                    min + ".." + max);
        }
    }
}
