package org.alliance.core.interop;

import java.util.List;

/**
 * A question as the exchange formats see it: Markdown texts (the content format's), grades in
 * percent already mapped to the ones Moodle accepts. Both writers spell these; neither decides.
 */
public sealed interface ExportedQuestion {

    /** The source item's (or vignette's) id: Moodle's question name and idnumber, GIFT's title. */
    String id();

    String text();

    /** Shown after answering whatever was chosen; may be empty. */
    String generalFeedback();

    /** An answer with its grade in percent (−100..100) and the feedback shown when it is chosen. */
    record Answer(String text, double percent, String feedback) {}

    /** Moodle multichoice: {@code single} is one answer (radio buttons), otherwise several (check boxes). */
    record Choice(String id, String text, String generalFeedback, boolean single, List<Answer> answers)
            implements ExportedQuestion {
        public Choice {
            answers = List.copyOf(answers);
        }
    }

    /** Feedback for each answer the student may give, as in the content format. */
    record TrueFalse(
            String id, String text, String generalFeedback, boolean answer, String feedbackTrue, String feedbackFalse)
            implements ExportedQuestion {}

    /** Typed answers; a last answer {@code *} at 0 % carries the feedback for any other text. */
    record ShortAnswer(String id, String text, String generalFeedback, boolean caseSensitive, List<Answer> answers)
            implements ExportedQuestion {
        public ShortAnswer {
            answers = List.copyOf(answers);
        }
    }

    /** A prompt and its match; a distractor has an empty prompt (Moodle's and GIFT's convention). */
    record Pair(String prompt, String match) {}

    record Matching(String id, String text, String generalFeedback, List<Pair> pairs) implements ExportedQuestion {
        public Matching {
            pairs = List.copyOf(pairs);
        }
    }

    /** Steps in their correct order. */
    record Ordering(String id, String text, String generalFeedback, List<String> steps) implements ExportedQuestion {
        public Ordering {
            steps = List.copyOf(steps);
        }
    }

    /** A free-text answer graded by a person (Moodle essay). */
    record Essay(String id, String text, String generalFeedback) implements ExportedQuestion {}
}
