package org.alliance.web.assessment.ui;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.alliance.core.scoring.Response;
import org.alliance.web.assessment.PresentedItem;

/** Says a response in words, using the texts the student saw (responses themselves only name ids). */
final class AnswerTexts {
    private AnswerTexts() {}

    static String of(PresentedItem item, Response response, AnswerInputs.Texts texts) {
        return switch (response) {
            case Response.SingleChoiceAnswer a -> choice(item, a.optionId());
            case Response.BestResponseAnswer a -> choice(item, a.optionId());
            case Response.MultipleResponseAnswer a ->
                a.optionIds().stream().map(id -> choice(item, id)).sorted().collect(Collectors.joining("; "));
            case Response.TrueFalseAnswer a -> texts.get(a.value() ? "quiz.true" : "quiz.false");
            case Response.ShortTextAnswer a -> a.text();
            case Response.OrderingAnswer a ->
                a.stepIds().stream().map(id -> choice(item, id)).collect(Collectors.joining(" → "));
            case Response.MatchingAnswer a ->
                item instanceof PresentedItem.Matching m
                        ? m.prompts().stream()
                                .map(p -> p.text() + ": "
                                        + text(m.answers(), a.answers().get(p.id())))
                                .collect(Collectors.joining("; "))
                        : "";
            case Response.Unanswered u -> texts.get("quiz.review.unanswered");
        };
    }

    private static String choice(PresentedItem item, String id) {
        return switch (item) {
            case PresentedItem.Choices c -> text(c.options(), id);
            case PresentedItem.Ordering o -> text(o.steps(), id);
            default -> id;
        };
    }

    private static String text(List<PresentedItem.Choice> choices, String id) {
        Map<String, String> byId =
                choices.stream().collect(Collectors.toMap(PresentedItem.Choice::id, PresentedItem.Choice::text));
        return id == null ? "–" : byId.getOrDefault(id, "–");
    }
}
