package org.alliance.core.scoring;

import java.util.List;
import org.alliance.core.model.BestResponseItem;
import org.alliance.core.model.Item;
import org.alliance.core.model.Matching;
import org.alliance.core.model.MultipleResponse;
import org.alliance.core.model.Ordering;
import org.alliance.core.model.RatingScale;
import org.alliance.core.model.ShortText;
import org.alliance.core.model.SingleChoice;
import org.alliance.core.model.TrueFalse;

/**
 * Scores one response to one item: a pure, deterministic function of the item, the response and
 * the course's rating scale (needed by best-response items only).
 */
public final class ItemScoring {

    private ItemScoring() {}

    /**
     * @throws IllegalArgumentException when the response is for another item type (a programming
     *     error, unlike unknown option ids, which simply earn nothing)
     */
    public static ItemResult score(Item item, Response response, RatingScale scale) {
        if (response instanceof Response.Unanswered) {
            var key = score(item, ItemKey.of(item), scale);
            return ItemResult.of(item.id(), 0, key.max(), List.of(), key.rationale(), List.of());
        }
        return switch (item) {
            case SingleChoice i
            when response instanceof Response.SingleChoiceAnswer a -> ChoiceScoring.singleChoice(i, a);
            case MultipleResponse i
            when response instanceof Response.MultipleResponseAnswer a -> ChoiceScoring.multipleResponse(i, a);
            case TrueFalse i when response instanceof Response.TrueFalseAnswer a -> ChoiceScoring.trueFalse(i, a);
            case Matching i when response instanceof Response.MatchingAnswer a -> ArrangementScoring.matching(i, a);
            case Ordering i when response instanceof Response.OrderingAnswer a -> ArrangementScoring.ordering(i, a);
            case ShortText i when response instanceof Response.ShortTextAnswer a -> TextScoring.shortText(i, a);
            case BestResponseItem i
            when response instanceof Response.BestResponseAnswer a ->
                RatedOptionScoring.choose(i.id(), i.options(), a.optionId(), scale);
            default ->
                throw new IllegalArgumentException("a " + response.getClass().getSimpleName() + " cannot answer a "
                        + item.type().key() + " item");
        };
    }
}
