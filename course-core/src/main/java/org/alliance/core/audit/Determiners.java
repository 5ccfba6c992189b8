package org.alliance.core.audit;

import java.util.List;
import org.alliance.core.model.Course;
import org.alliance.core.model.Quiz;
import org.alliance.core.model.TrueFalse;
import org.alliance.core.validation.ProblemCode;

/**
 * Specific determiners ({@link Wording#DETERMINERS}): absolute words that students learn mark a
 * wrong answer. Reported on a wrong option when no key of its set carries such a word (the cue works
 * by the contrast), and on a false true/false statement.
 */
final class Determiners {

    private Determiners() {}

    static void run(Course course, List<OptionSet> sets, Findings found) {
        for (OptionSet set : sets) {
            if (!set.comparable()
                    || set.keys().stream()
                            .anyMatch(k -> Wording.determiner(k.text()).isPresent())) {
                continue;
            }
            for (OptionSet.Option o : set.others()) {
                Wording.determiner(o.text())
                        .ifPresent(word ->
                                found.add(ProblemCode.SPECIFIC_DETERMINER, o.textPath(), "id", o.id(), "word", word));
            }
        }
        for (Quiz quiz : course.quizzes()) {
            for (var item : quiz.items()) {
                if (item instanceof TrueFalse tf && !tf.answer()) {
                    Wording.determiner(tf.stem())
                            .ifPresent(word -> found.add(
                                    ProblemCode.SPECIFIC_DETERMINER_STATEMENT,
                                    Paths.item(quiz, tf) + ".stem",
                                    "word",
                                    word));
                }
            }
        }
    }
}
