package org.alliance.core.scoring;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A student's answer to one quiz item. Answers name option, pair and step ids, never display
 * positions, so the shuffled order an attempt showed cannot change a score.
 */
public sealed interface Response {

    /** The item was left blank (or time ran out): no credit, whatever the item. */
    record Unanswered() implements Response {}

    record SingleChoiceAnswer(String optionId) implements Response {}

    record MultipleResponseAnswer(Set<String> optionIds) implements Response {
        public MultipleResponseAnswer {
            optionIds = Set.copyOf(optionIds);
        }
    }

    record TrueFalseAnswer(boolean value) implements Response {}

    /**
     * @param answers pair id (the prompt) → id of the answer placed against it; see
     *     {@link MatchAnswers} for the answer ids
     */
    record MatchingAnswer(Map<String, String> answers) implements Response {
        public MatchingAnswer {
            answers = Map.copyOf(answers);
        }
    }

    /** @param stepIds the step ids in the order the student put them */
    record OrderingAnswer(List<String> stepIds) implements Response {
        public OrderingAnswer {
            stepIds = List.copyOf(stepIds);
        }
    }

    record ShortTextAnswer(String text) implements Response {}

    record BestResponseAnswer(String optionId) implements Response {}
}
