package org.alliance.core.validation;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.alliance.core.model.AcceptedAnswer;
import org.alliance.core.model.BestResponseItem;
import org.alliance.core.model.BestResponseVignette;
import org.alliance.core.model.BranchingVignette;
import org.alliance.core.model.Choice;
import org.alliance.core.model.CreditOption;
import org.alliance.core.model.Dimension;
import org.alliance.core.model.FreeTextVignette;
import org.alliance.core.model.Item;
import org.alliance.core.model.Lesson;
import org.alliance.core.model.Matching;
import org.alliance.core.model.MultipleResponse;
import org.alliance.core.model.Node;
import org.alliance.core.model.Ordering;
import org.alliance.core.model.Quiz;
import org.alliance.core.model.RateOptionsVignette;
import org.alliance.core.model.RatedOption;
import org.alliance.core.model.RatingScale;
import org.alliance.core.model.ResponseOption;
import org.alliance.core.model.ShortText;
import org.alliance.core.model.SingleChoice;
import org.alliance.core.model.TrueFalse;
import org.alliance.core.model.Vignette;

/**
 * What makes an item or vignette gradable and teachable: enough options, a best answer, a
 * misconception behind every wrong option, and feedback that says why.
 */
final class ItemChecks {

    /** Options rated below this mean are wrong enough that they must name their misconception. */
    private static final double WRONG_BELOW = 3;

    private ItemChecks() {}

    static void run(Checking c) {
        for (Lesson lesson : c.course().lessons()) {
            nonEmpty(c, "lessons[" + lesson.id() + "].objectives", lesson.objectives(), "one objective");
        }
        for (Dimension d : c.course().rubric().dimensions()) {
            var scale = c.course().rubric().scale();
            if (scale.levels() > RatingScale.MAX_LEVELS) {
                break; // reported as out of range; a level-by-level check would run for ever
            }
            for (int level = scale.min(); level <= scale.max(); level++) {
                if (!d.anchors().containsKey(level)) {
                    c.report(
                            ProblemCode.MISSING_ANCHOR,
                            "course.rubric.dimensions[" + d.id() + "].anchors",
                            "id",
                            d.id(),
                            "level",
                            Integer.toString(level));
                }
            }
        }
        for (Quiz quiz : c.course().quizzes()) {
            nonEmpty(c, "quizzes[" + quiz.id() + "].items", quiz.items(), "one item");
            for (Item item : quiz.items()) {
                String path = "quizzes[" + quiz.id() + "].items[" + item.id() + "]";
                nonEmpty(c, path + ".objectives", item.objectives(), "one objective");
                nonEmpty(c, path + ".concepts", item.concepts(), "one concept");
                item(c, path, item);
            }
        }
        for (Vignette v : c.course().vignettes()) {
            String path = "vignettes[" + v.id() + "]";
            nonEmpty(c, path + ".objectives", v.objectives(), "one objective");
            nonEmpty(c, path + ".concepts", v.concepts(), "one concept");
            nonEmpty(c, path + ".dimensions", v.dimensions(), "one rubric dimension");
            vignette(c, path, v);
        }
    }

    private static void item(Checking c, String path, Item item) {
        switch (item) {
            case SingleChoice s -> {
                atLeast(c, path + ".options", s.options().size(), 2);
                List<String> best = s.options().stream()
                        .filter(o -> o.credit() >= 1)
                        .map(CreditOption::id)
                        .toList();
                if (best.isEmpty()) {
                    c.report(ProblemCode.NO_BEST_ANSWER, path + ".options", "detail", "no option has credit 1");
                } else if (best.size() > 1) {
                    c.report(ProblemCode.SEVERAL_BEST_ANSWERS, path + ".options", "ids", String.join(", ", best));
                }
                for (CreditOption o : s.options()) {
                    String at = path + ".options[" + o.id() + "]";
                    if (o.credit() < 1) {
                        needsMisconception(c, at, o.id(), o.misconception());
                    }
                    feedback(c, at + ".feedback", o.feedback());
                }
            }
            case MultipleResponse m -> {
                atLeast(c, path + ".options", m.options().size(), 2);
                if (m.options().stream().noneMatch(ResponseOption::correct)) {
                    c.report(ProblemCode.NO_BEST_ANSWER, path + ".options", "detail", "no option is correct");
                }
                for (ResponseOption o : m.options()) {
                    String at = path + ".options[" + o.id() + "]";
                    if (!o.correct()) {
                        needsMisconception(c, at, o.id(), o.misconception());
                    }
                    feedback(c, at + ".feedback", o.feedback());
                }
            }
            case TrueFalse t -> {
                needsMisconception(c, path, Boolean.toString(!t.answer()), t.misconception());
                feedback(c, path + ".feedback.true", t.feedbackTrue());
                feedback(c, path + ".feedback.false", t.feedbackFalse());
            }
            case Matching m -> {
                atLeast(c, path + ".pairs", m.pairs().size(), 2);
                feedback(c, path + ".feedback", m.feedback());
            }
            case Ordering o -> {
                atLeast(c, path + ".items", o.steps().size(), 2);
                feedback(c, path + ".feedback", o.feedback());
            }
            case ShortText s -> {
                atLeast(c, path + ".accept", s.accept().size(), 1);
                if (!s.accept().isEmpty() && s.accept().stream().noneMatch(a -> a.credit() >= 1)) {
                    c.report(ProblemCode.NO_BEST_ANSWER, path + ".accept", "detail", "no accepted answer has credit 1");
                }
                for (int i = 0; i < s.accept().size(); i++) {
                    AcceptedAnswer a = s.accept().get(i);
                    if (a.text().isBlank()) {
                        c.report(ProblemCode.MISSING_FIELD, path + ".accept[#" + i + "]", "field", "text");
                    }
                }
                feedback(c, path + ".feedback_wrong", s.feedbackWrong());
            }
            case BestResponseItem b -> rated(c, path, b.options(), true);
        }
    }

    private static void vignette(Checking c, String path, Vignette v) {
        switch (v) {
            case BestResponseVignette b -> rated(c, path, b.options(), true);
            case RateOptionsVignette r -> rated(c, path, r.options(), false);
            case FreeTextVignette f -> {
                if (f.prompt().isBlank() && !c.wasRead(path + ".prompt")) {
                    c.report(ProblemCode.MISSING_FIELD, path + ".prompt", "field", "prompt");
                }
            }
            case BranchingVignette b -> {
                for (Node n : b.nodes()) {
                    String nodePath = path + ".nodes[" + n.id() + "]";
                    for (Choice choice : n.choices()) {
                        feedback(c, nodePath + ".choices[" + choice.id() + "].feedback", choice.feedback());
                    }
                }
            }
        }
    }

    private static void rated(Checking c, String path, List<RatedOption> options, boolean needsBest) {
        atLeast(c, path + ".options", options.size(), 2);
        if (needsBest && options.size() >= 2) {
            double top = options.stream()
                    .mapToDouble(o -> o.ratings().mean().orElse(0))
                    .max()
                    .orElse(0);
            long atTop = options.stream()
                    .filter(o -> o.ratings().mean().orElse(0) == top)
                    .count();
            if (top == 0 || atTop == options.size()) {
                c.report(
                        ProblemCode.NO_BEST_ANSWER,
                        path + ".options",
                        "detail",
                        "every option has the same mean rating, so none is best");
            }
        }
        for (RatedOption o : options) {
            String at = path + ".options[" + o.id() + "]";
            OptionalDouble mean = o.ratings().mean();
            if (mean.isPresent() && mean.getAsDouble() < WRONG_BELOW) {
                needsMisconception(c, at, o.id(), o.misconception());
            }
            feedback(c, at + ".rationale", o.rationale());
        }
    }

    private static void needsMisconception(Checking c, String path, String id, Optional<String> misconception) {
        if (misconception.isEmpty() || misconception.get().isBlank()) {
            c.report(ProblemCode.MISSING_MISCONCEPTION, path + ".misconception", "id", id);
        }
    }

    private static void feedback(Checking c, String path, String text) {
        // A missing field was already reported by the reader; report only present-but-blank text.
        if (text.isBlank() && c.present(path)) {
            c.report(ProblemCode.EMPTY_FEEDBACK, path);
        }
    }

    static void atLeast(Checking c, String path, int count, int minimum) {
        if (count < minimum) {
            c.report(
                    ProblemCode.TOO_FEW_OPTIONS,
                    path,
                    "field",
                    path.substring(path.lastIndexOf('.') + 1),
                    "count",
                    Integer.toString(count),
                    "minimum",
                    Integer.toString(minimum));
        }
    }

    static void nonEmpty(Checking c, String path, List<?> list, String minimum) {
        if (list.isEmpty() && c.present(path)) {
            c.report(
                    ProblemCode.EMPTY_LIST,
                    path,
                    "field",
                    path.substring(path.lastIndexOf('.') + 1),
                    "minimum",
                    minimum);
        }
    }
}
