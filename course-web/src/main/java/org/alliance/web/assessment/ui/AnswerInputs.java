package org.alliance.web.assessment.ui;

import java.io.Serializable;
import org.alliance.web.assessment.PresentedItem;

/** The input that fits each presented item. */
final class AnswerInputs {
    private AnswerInputs() {}

    /** Translations with parameters, as a component's getTranslation gives them. */
    interface Texts extends Serializable {
        String get(String key, Object... params);
    }

    static AnswerInput of(PresentedItem item, Texts texts) {
        String label = texts.get("quiz.your-answer");
        return switch (item) {
            case PresentedItem.Choices c -> new ChoiceInput(c, label);
            case PresentedItem.TrueOrFalse t ->
                new TrueFalseInput(label, texts.get("quiz.true"), texts.get("quiz.false"));
            case PresentedItem.Matching m -> new MatchingInput(m, texts.get("quiz.matching.choose"));
            case PresentedItem.Ordering o -> new OrderingInput(o, (key, step) -> texts.get(key, step));
            case PresentedItem.ShortAnswer s -> new ShortAnswerInput(label);
        };
    }
}
