package org.alliance.core.statistics;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alliance.core.model.BestResponseItem;
import org.alliance.core.model.CreditOption;
import org.alliance.core.model.Item;
import org.alliance.core.model.MultipleResponse;
import org.alliance.core.model.RatedOption;
import org.alliance.core.model.ResponseOption;
import org.alliance.core.model.SingleChoice;
import org.alliance.core.scoring.Response;

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

    /**
     * The same, straight from stored responses to a single-choice, multiple-response or
     * best-response item; other responses (blanks included) pick nothing.
     */
    public static Map<String, Integer> ofResponses(Item item, Collection<Response> responses) {
        List<String> optionIds = switch (item) {
            case SingleChoice i -> i.options().stream().map(CreditOption::id).toList();
            case MultipleResponse i ->
                i.options().stream().map(ResponseOption::id).toList();
            case BestResponseItem i -> i.options().stream().map(RatedOption::id).toList();
            default -> List.of();
        };
        var picks = responses.stream()
                .map(response -> switch (response) {
                    case Response.SingleChoiceAnswer a -> Set.of(a.optionId());
                    case Response.MultipleResponseAnswer a -> a.optionIds();
                    case Response.BestResponseAnswer a -> Set.of(a.optionId());
                    default -> Set.<String>of();
                })
                .toList();
        return of(optionIds, picks);
    }
}
