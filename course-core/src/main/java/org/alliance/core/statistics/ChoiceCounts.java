package org.alliance.core.statistics;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Per node of a branching vignette, how often each choice was taken across many attempts. */
public final class ChoiceCounts {

    private ChoiceCounts() {}

    /** @return node id → (choice id → count); nodes and choices sorted by id for stable output */
    public static Map<String, Map<String, Integer>> of(Collection<List<PathStep>> paths) {
        var counts = new TreeMap<String, Map<String, Integer>>();
        for (var path : paths) {
            for (var step : path) {
                counts.computeIfAbsent(step.nodeId(), node -> new TreeMap<>()).merge(step.choiceId(), 1, Integer::sum);
            }
        }
        var frozen = new LinkedHashMap<String, Map<String, Integer>>();
        counts.forEach((node, choices) -> frozen.put(node, Collections.unmodifiableMap(choices)));
        return Collections.unmodifiableMap(frozen);
    }
}
