package org.alliance.core.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A deliberate-practice drill: client statements at three levels, the skill criteria a response is
 * checked against, and example responses. Never graded: it counts towards completion only.
 */
public record Drill(
        String id,
        String title,
        String skill,
        List<String> objectives,
        List<String> concepts,
        List<String> references,
        Optional<String> contentNote,
        List<Criterion> criteria,
        List<String> avoid,
        List<DrillHint> hints,
        DrillSettings settings,
        Map<Level, List<DrillStatement>> levels,
        @HashedWhenPresent Optional<AuditAcceptance> audit)
        implements Activity {

    public Drill {
        objectives = List.copyOf(objectives);
        concepts = List.copyOf(concepts);
        references = List.copyOf(references);
        criteria = List.copyOf(criteria);
        avoid = List.copyOf(avoid);
        hints = List.copyOf(hints);
        levels = everyLevel(levels);
    }

    /** Every level present, an empty list where none was given, so equal drills compare and hash equal. */
    private static Map<Level, List<DrillStatement>> everyLevel(Map<Level, List<DrillStatement>> given) {
        Map<Level, List<DrillStatement>> all = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            all.put(level, List.copyOf(given.getOrDefault(level, List.of())));
        }
        return Collections.unmodifiableMap(all);
    }

    @Override
    public ActivityKind kind() {
        return ActivityKind.DRILL;
    }

    /** The statements of one level, in the author's order (empty when the level has none). */
    public List<DrillStatement> statements(Level level) {
        return levels.getOrDefault(level, List.of());
    }

    /** Every statement, beginner first. */
    public List<DrillStatement> allStatements() {
        return java.util.Arrays.stream(Level.values())
                .flatMap(l -> statements(l).stream())
                .toList();
    }

    public Optional<DrillStatement> statement(String statementId) {
        return allStatements().stream().filter(s -> s.id().equals(statementId)).findFirst();
    }

    /** The level a statement belongs to. */
    public Optional<Level> levelOf(String statementId) {
        for (Level level : Level.values()) {
            if (statements(level).stream().anyMatch(s -> s.id().equals(statementId))) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    /** The criteria a statement is checked against: its own selection, or all of them. */
    public List<Criterion> criteriaFor(DrillStatement statement) {
        if (statement.criteria().isEmpty()) {
            return criteria;
        }
        return criteria.stream()
                .filter(c -> statement.criteria().contains(c.id()))
                .toList();
    }
}
