package org.alliance.core.audit;

import java.util.List;
import java.util.Optional;
import org.alliance.core.model.BestResponseItem;
import org.alliance.core.model.BestResponseVignette;
import org.alliance.core.model.Course;
import org.alliance.core.model.MultipleResponse;
import org.alliance.core.model.Quiz;
import org.alliance.core.model.RateOptionsVignette;
import org.alliance.core.model.SingleChoice;
import org.alliance.core.model.TrueFalse;
import org.alliance.core.model.Vignette;
import org.alliance.core.validation.ProblemCode;

/** Negative stems, and "all of the above" or "none of the above" as an option. */
final class StemWording {

    private StemWording() {}

    static void run(Course course, List<OptionSet> sets, Findings found) {
        for (Quiz quiz : course.quizzes()) {
            for (var item : quiz.items()) {
                boolean asks = item instanceof SingleChoice
                        || item instanceof MultipleResponse
                        || item instanceof BestResponseItem;
                if (asks || item instanceof TrueFalse) {
                    negative(found, Paths.item(quiz, item) + ".stem", item.stem(), !asks);
                }
            }
        }
        for (Vignette v : course.vignettes()) {
            Optional<String> stem = switch (v) {
                case BestResponseVignette b -> b.stem();
                case RateOptionsVignette r -> r.stem();
                default -> Optional.empty();
            };
            stem.ifPresent(s -> negative(found, Paths.vignette(v) + ".stem", s, false));
        }
        for (OptionSet set : sets) {
            for (OptionSet.Option o : set.options()) {
                if (Wording.allOrNoneOfTheAbove(o.text())) {
                    found.add(ProblemCode.ALL_OR_NONE_OF_THE_ABOVE, o.textPath(), "id", o.id(), "text", o.text());
                }
            }
        }
    }

    private static void negative(Findings found, String path, String stem, boolean statement) {
        Wording.negative(stem, statement).ifPresent(word -> found.add(ProblemCode.NEGATIVE_STEM, path, "word", word));
    }
}
