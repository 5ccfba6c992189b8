package org.alliance.core.validation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.alliance.core.model.Activity;
import org.alliance.core.model.ActivityKind;
import org.alliance.core.model.Course;
import org.alliance.core.model.Weights;

/**
 * The grading weights must make a grade: none negative, some quiz or vignette counting, and no weight on
 * reflections, which are never graded and so would count as 0 in every grade, nor on a single drill (drills
 * have no weight of their own to write, and are never graded either). A weight of 0 is allowed: it
 * leaves an activity or a kind out of the grade (and, with {@code completion: graded}, out of completion).
 */
final class GradingChecks {

    private static final String WEIGHTS = "course.grading.weights";

    private GradingChecks() {}

    static void run(Checking c) {
        Course course = c.course();
        Weights weights = course.grading().weights();
        for (ActivityKind kind : ActivityKind.values()) {
            OptionalDouble weight = switch (kind) {
                case QUIZ -> OptionalDouble.of(weights.quiz());
                case VIGNETTE -> OptionalDouble.of(weights.vignette());
                case REFLECTION -> OptionalDouble.of(weights.reflection());
                case DRILL -> OptionalDouble.empty(); // the format has no weight for drills to write
            };
            weight.ifPresent(w -> check(c, WEIGHTS + "." + kind.key(), kind.key(), w, kind == ActivityKind.REFLECTION));
        }
        for (Map.Entry<String, Double> override : weights.activities().entrySet()) {
            String path = WEIGHTS + ".activities." + override.getKey();
            Optional<ActivityKind> kind = course.activity(override.getKey()).map(Activity::kind);
            if (kind.filter(k -> k == ActivityKind.DRILL).isPresent()) {
                c.report(ProblemCode.DRILL_WEIGHT, path, "field", override.getKey());
                continue;
            }
            boolean reflection = kind.filter(k -> k == ActivityKind.REFLECTION).isPresent();
            check(c, path, override.getKey(), override.getValue(), reflection);
        }
        List<Activity> graded = course.activities().stream()
                .filter(a -> a.kind() != ActivityKind.REFLECTION && a.kind() != ActivityKind.DRILL)
                .toList();
        if (!graded.isEmpty() && graded.stream().noneMatch(a -> weights.of(a) > 0)) {
            c.report(ProblemCode.NO_GRADED_ACTIVITY, WEIGHTS);
        }
    }

    private static String written(double weight) {
        return BigDecimal.valueOf(weight).stripTrailingZeros().toPlainString();
    }

    private static void check(Checking c, String path, String field, double weight, boolean reflection) {
        if (weight < 0) {
            c.report(ProblemCode.NEGATIVE_WEIGHT, path, "field", field, "value", written(weight));
        } else if (reflection && weight > 0) {
            c.report(ProblemCode.REFLECTION_WEIGHT, path, "field", field, "value", written(weight));
        }
    }
}
