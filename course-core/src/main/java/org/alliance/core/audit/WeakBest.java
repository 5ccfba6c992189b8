package org.alliance.core.audit;

import java.util.List;
import org.alliance.core.model.BestResponseItem;
import org.alliance.core.model.BestResponseVignette;
import org.alliance.core.model.Course;
import org.alliance.core.model.Quiz;
import org.alliance.core.model.RatedOption;
import org.alliance.core.model.RatingScale;
import org.alliance.core.validation.ProblemCode;

/**
 * Best response is scored against the best option available, so the best option earns full marks
 * whatever its rating. When that option is rated more than one point below the top of the scale (below
 * 4 on 1..5), students are taught, with full marks, a response the rubric calls ordinary.
 */
final class WeakBest {

    private WeakBest() {}

    static void run(Course course, Findings found) {
        RatingScale scale = course.rubric().scale();
        for (Quiz quiz : course.quizzes()) {
            for (var item : quiz.items()) {
                if (item instanceof BestResponseItem b) {
                    check(found, Paths.item(quiz, item) + ".options", b.options(), scale);
                }
            }
        }
        for (var v : course.vignettes()) {
            if (v instanceof BestResponseVignette b) {
                check(found, Paths.vignette(v) + ".options", b.options(), scale);
            }
        }
    }

    private static void check(Findings found, String path, List<RatedOption> options, RatingScale scale) {
        var best = options.stream()
                .mapToDouble(o -> o.ratings().mean().orElse(scale.min()))
                .max();
        if (best.isPresent() && best.getAsDouble() < scale.max() - 1 - 1e-9) {
            found.add(
                    ProblemCode.WEAK_BEST_OPTION,
                    path,
                    "best",
                    Findings.number(best.getAsDouble()),
                    "max",
                    Integer.toString(scale.max()));
        }
    }
}
