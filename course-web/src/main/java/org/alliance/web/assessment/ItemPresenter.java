package org.alliance.web.assessment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.alliance.core.model.BestResponseItem;
import org.alliance.core.model.CreditOption;
import org.alliance.core.model.Item;
import org.alliance.core.model.Matching;
import org.alliance.core.model.MultipleResponse;
import org.alliance.core.model.OrderStep;
import org.alliance.core.model.Ordering;
import org.alliance.core.model.RatedOption;
import org.alliance.core.model.ResponseOption;
import org.alliance.core.model.ShortText;
import org.alliance.core.model.SingleChoice;
import org.alliance.core.model.TrueFalse;
import org.alliance.core.scoring.ItemLayout;
import org.alliance.core.scoring.MatchAnswers;
import org.alliance.web.assessment.PresentedItem.Choice;

/** Turns a model item into what the player may show, in the attempt's display order (course-core's shuffle). */
final class ItemPresenter {
    private ItemPresenter() {}

    static PresentedItem present(Item item, long seed, boolean shuffle) {
        ItemLayout layout = ItemLayout.of(item, seed, shuffle);
        return switch (item) {
            case SingleChoice i ->
                new PresentedItem.Choices(
                        i.id(),
                        i.stem(),
                        false,
                        Optional.empty(),
                        Optional.empty(),
                        ordered(layout, texts(i.options(), CreditOption::id, CreditOption::text)));
            case MultipleResponse i ->
                new PresentedItem.Choices(
                        i.id(),
                        i.stem(),
                        true,
                        Optional.empty(),
                        Optional.empty(),
                        ordered(layout, texts(i.options(), ResponseOption::id, ResponseOption::text)));
            case BestResponseItem i ->
                new PresentedItem.Choices(
                        i.id(),
                        i.stem(),
                        false,
                        Optional.of(i.client()),
                        i.cue(),
                        ordered(layout, texts(i.options(), RatedOption::id, RatedOption::text)));
            case TrueFalse i -> new PresentedItem.TrueOrFalse(i.id(), i.stem());
            case Matching i -> {
                var pairs = (ItemLayout.Pairs) layout;
                Map<String, String> prompts =
                        i.pairs().stream().collect(Collectors.toMap(p -> p.id(), p -> p.prompt()));
                Map<String, String> answers = MatchAnswers.of(i).stream()
                        .collect(Collectors.toMap(MatchAnswers.MatchAnswer::id, MatchAnswers.MatchAnswer::text));
                yield new PresentedItem.Matching(
                        i.id(),
                        i.stem(),
                        pairs.promptIds().stream()
                                .map(id -> new Choice(id, prompts.get(id)))
                                .toList(),
                        pairs.answerIds().stream()
                                .map(id -> new Choice(id, answers.get(id)))
                                .toList());
            }
            case Ordering i ->
                new PresentedItem.Ordering(
                        i.id(), i.stem(), ordered(layout, texts(i.steps(), OrderStep::id, OrderStep::text)));
            case ShortText i -> new PresentedItem.ShortAnswer(i.id(), i.stem());
        };
    }

    private static <T> Map<String, String> texts(List<T> options, Function<T, String> id, Function<T, String> text) {
        return options.stream().collect(Collectors.toMap(id, text));
    }

    private static List<Choice> ordered(ItemLayout layout, Map<String, String> texts) {
        List<String> ids = switch (layout) {
            case ItemLayout.Options o -> o.optionIds();
            case ItemLayout.Steps s -> s.stepIds();
            default -> List.copyOf(texts.keySet());
        };
        return ids.stream().map(id -> new Choice(id, texts.get(id))).toList();
    }
}
