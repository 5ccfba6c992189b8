package org.alliance.core.statistics;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How often each option of one item was picked. Every option of the item appears, with 0 when
 * nobody picked it: a distractor no one chooses is worth knowing about.
 */
public final class DistractorCounts {

    private DistractorCounts() {}

    /**
     * @param optionIds the item's options in authored order
     * @param picks one set of picked option ids per response (a single choice is a one-element set)
     * @return option id → number of responses that picked it, in authored order; picks of ids not
     *     among {@code optionIds} are ignored
     */
    public static Map<String, Integer> of(List<String> optionIds, Collection<Set<String>> picks) {
        var counts = new LinkedHashMap<String, Integer>();
        for (var id : optionIds) {
            counts.put(id, 0);
        }
        for (var response : picks) {
            for (var picked : response) {
                counts.computeIfPresent(picked, (id, count) -> count + 1);
            }
        }
        return Collections.unmodifiableMap(counts);
    }
}
