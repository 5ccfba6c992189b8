package org.alliance.core.scoring;

import java.util.List;
import org.alliance.core.model.BestResponseItem;
import org.alliance.core.model.CreditOption;
import org.alliance.core.model.Item;
import org.alliance.core.model.MatchPair;
import org.alliance.core.model.Matching;
import org.alliance.core.model.MultipleResponse;
import org.alliance.core.model.OrderStep;
import org.alliance.core.model.Ordering;
import org.alliance.core.model.RatedOption;
import org.alliance.core.model.ResponseOption;
import org.alliance.core.model.ShortText;
import org.alliance.core.model.SingleChoice;
import org.alliance.core.model.TrueFalse;

/** The ids of what one attempt shows for an item, in display order. */
public sealed interface ItemLayout {

    /** Options of a single-choice, multiple-response or best-response item. */
    record Options(List<String> optionIds) implements ItemLayout {
        public Options {
            optionIds = List.copyOf(optionIds);
        }
    }

    /** Prompts (pair ids) down one side, answers ({@link MatchAnswers} ids) to place against them. */
    record Pairs(List<String> promptIds, List<String> answerIds) implements ItemLayout {
        public Pairs {
            promptIds = List.copyOf(promptIds);
            answerIds = List.copyOf(answerIds);
        }
    }

    /** Steps of an ordering item as first shown. */
    record Steps(List<String> stepIds) implements ItemLayout {
        public Steps {
            stepIds = List.copyOf(stepIds);
        }
    }

    /** True/false and short text have nothing to order. */
    record Fixed() implements ItemLayout {}

    /**
     * The layout for one attempt. Without {@code shuffle} options keep their authored order, but the
     * steps of an ordering item are always shuffled, since their authored order is the key.
     */
    static ItemLayout of(Item item, long attemptSeed, boolean shuffle) {
        return switch (item) {
            case SingleChoice i ->
                options(i.options().stream().map(CreditOption::id).toList(), i, attemptSeed, shuffle);
            case MultipleResponse i ->
                options(i.options().stream().map(ResponseOption::id).toList(), i, attemptSeed, shuffle);
            case BestResponseItem i ->
                options(i.options().stream().map(RatedOption::id).toList(), i, attemptSeed, shuffle);
            case Matching i -> {
                List<String> prompts = i.pairs().stream().map(MatchPair::id).toList();
                List<String> answers = MatchAnswers.of(i).stream()
                        .map(MatchAnswers.MatchAnswer::id)
                        .toList();
                yield shuffle
                        ? new Pairs(
                                DisplayOrder.shuffle(prompts, attemptSeed, i.id(), "prompts"),
                                DisplayOrder.shuffle(answers, attemptSeed, i.id(), "answers"))
                        : new Pairs(prompts, answers);
            }
            case Ordering i ->
                new Steps(DisplayOrder.shuffleAwayFromKey(
                        i.steps().stream().map(OrderStep::id).toList(), attemptSeed, i.id()));
            case TrueFalse _, ShortText _ -> new Fixed();
        };
    }

    private static ItemLayout options(List<String> ids, Item item, long attemptSeed, boolean shuffle) {
        return new Options(shuffle ? DisplayOrder.shuffle(ids, attemptSeed, item.id(), "options") : ids);
    }
}
