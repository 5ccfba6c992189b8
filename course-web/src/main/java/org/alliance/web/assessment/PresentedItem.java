package org.alliance.web.assessment;

import java.util.List;
import java.util.Optional;

/**
 * An item as the browser may see it before the student answers: texts and ids in this attempt's display
 * order, and nothing of the key, credits, ratings, feedback or misconceptions.
 */
public sealed interface PresentedItem {
    String id();

    String stem();

    /** An id and the text shown for it. */
    record Choice(String id, String text) {}

    /** Single choice, multiple response or best response (a client statement and candidate responses). */
    record Choices(
            String id,
            String stem,
            boolean multiple,
            Optional<String> client,
            Optional<String> cue,
            List<Choice> options)
            implements PresentedItem {}

    record TrueOrFalse(String id, String stem) implements PresentedItem {}

    record Matching(String id, String stem, List<Choice> prompts, List<Choice> answers) implements PresentedItem {}

    record Ordering(String id, String stem, List<Choice> steps) implements PresentedItem {}

    record ShortAnswer(String id, String stem) implements PresentedItem {}
}
