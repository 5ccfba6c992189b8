package org.alliance.core.scoring;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.stream.Collectors;
import org.alliance.core.model.AcceptedAnswer;
import org.alliance.core.model.BestResponseItem;
import org.alliance.core.model.CreditOption;
import org.alliance.core.model.Item;
import org.alliance.core.model.Matching;
import org.alliance.core.model.MultipleResponse;
import org.alliance.core.model.OrderStep;
import org.alliance.core.model.Ordering;
import org.alliance.core.model.ResponseOption;
import org.alliance.core.model.ShortText;
import org.alliance.core.model.SingleChoice;
import org.alliance.core.model.TrueFalse;

/** The key of an item as a response: what the review shows as the right answer, and scores max. */
public final class ItemKey {

    private ItemKey() {}

    public static Response of(Item item) {
        return switch (item) {
            case SingleChoice i ->
                new Response.SingleChoiceAnswer(i.options().stream()
                        .max(Comparator.comparingDouble(CreditOption::credit))
                        .map(CreditOption::id)
                        .orElse(""));
            case MultipleResponse i ->
                new Response.MultipleResponseAnswer(i.options().stream()
                        .filter(ResponseOption::correct)
                        .map(ResponseOption::id)
                        .collect(Collectors.toSet()));
            case TrueFalse i -> new Response.TrueFalseAnswer(i.answer());
            case Matching i -> {
                var answers = new LinkedHashMap<String, String>();
                i.pairs().forEach(pair -> answers.put(pair.id(), pair.id()));
                yield new Response.MatchingAnswer(answers);
            }
            case Ordering i ->
                new Response.OrderingAnswer(
                        i.steps().stream().map(OrderStep::id).toList());
            case ShortText i ->
                new Response.ShortTextAnswer(i.accept().stream()
                        .max(Comparator.comparingDouble(AcceptedAnswer::credit))
                        .map(AcceptedAnswer::text)
                        .orElse(""));
            case BestResponseItem i ->
                new Response.BestResponseAnswer(i.options().stream()
                        .max(Comparator.comparingDouble(o -> o.ratings().mean().orElse(Double.NEGATIVE_INFINITY)))
                        .map(o -> o.id())
                        .orElse(""));
        };
    }
}
