package org.alliance.core.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.alliance.core.model.BestResponseItem;
import org.alliance.core.model.BestResponseVignette;
import org.alliance.core.model.BranchingVignette;
import org.alliance.core.model.Choice;
import org.alliance.core.model.Concept;
import org.alliance.core.model.Course;
import org.alliance.core.model.CreditOption;
import org.alliance.core.model.Dimension;
import org.alliance.core.model.FreeTextVignette;
import org.alliance.core.model.Item;
import org.alliance.core.model.Lesson;
import org.alliance.core.model.MultipleResponse;
import org.alliance.core.model.Node;
import org.alliance.core.model.Objective;
import org.alliance.core.model.Quiz;
import org.alliance.core.model.RateOptionsVignette;
import org.alliance.core.model.RatedOption;
import org.alliance.core.model.RaterScores;
import org.alliance.core.model.Ratings;
import org.alliance.core.model.ResponseOption;
import org.alliance.core.model.SingleChoice;
import org.alliance.core.model.TrueFalse;
import org.alliance.core.model.Vignette;

/**
 * Every id that points somewhere must name something that exists: concepts, misconceptions,
 * objectives, references, rubric dimensions, activities. Ratings must lie on the course scale.
 */
final class ReferenceChecks {

    private ReferenceChecks() {}

    static void run(Checking c) {
        Course course = c.course();
        Set<String> concepts = ids(course.concepts().stream().map(Concept::id).toList());
        Set<String> misconceptions = ids(course.concepts().stream()
                .flatMap(k -> k.misconceptions().stream())
                .map(m -> m.id())
                .toList());
        Set<String> objectives =
                ids(course.objectives().stream().map(Objective::id).toList());
        Set<String> references =
                ids(course.references().stream().map(r -> r.id()).toList());
        Set<String> rubric =
                ids(course.rubric().dimensions().stream().map(Dimension::id).toList());
        Set<String> assessed = new HashSet<>();

        for (Lesson lesson : course.lessons()) {
            c.references(
                    "lessons[" + lesson.id() + "]",
                    "concepts",
                    lesson.concepts(),
                    concepts::contains,
                    ProblemCode.UNKNOWN_CONCEPT);
        }
        for (Dimension d : course.rubric().dimensions()) {
            d.anchors()
                    .keySet()
                    .forEach(level -> level(
                            c,
                            "course.rubric.dimensions[" + d.id() + "].anchors",
                            "anchors of '" + d.id() + "'",
                            level));
        }
        for (Concept concept : course.concepts()) {
            c.references(
                    "concepts[" + concept.id() + "]",
                    "references",
                    concept.references(),
                    references::contains,
                    ProblemCode.UNKNOWN_REFERENCE);
        }
        for (Quiz quiz : course.quizzes()) {
            for (Item item : quiz.items()) {
                String path = "quizzes[" + quiz.id() + "].items[" + item.id() + "]";
                c.references(
                        path, "objectives", item.objectives(), objectives::contains, ProblemCode.UNKNOWN_OBJECTIVE);
                c.references(path, "concepts", item.concepts(), concepts::contains, ProblemCode.UNKNOWN_CONCEPT);
                assessed.addAll(item.objectives());
                item(c, path, item, misconceptions::contains, rubric);
            }
        }
        for (Vignette v : course.vignettes()) {
            String path = "vignettes[" + v.id() + "]";
            c.references(path, "objectives", v.objectives(), objectives::contains, ProblemCode.UNKNOWN_OBJECTIVE);
            c.references(path, "concepts", v.concepts(), concepts::contains, ProblemCode.UNKNOWN_CONCEPT);
            List<String> dims = v.dimensions();
            for (int i = 0; i < dims.size(); i++) {
                if (!rubric.contains(dims.get(i))) {
                    c.report(
                            ProblemCode.UNKNOWN_DIMENSION,
                            path + ".dimensions[" + i + "]",
                            "id",
                            dims.get(i),
                            "allowed",
                            String.join(", ", rubric));
                }
            }
            assessed.addAll(v.objectives());
            vignette(c, path, v, misconceptions::contains, ids(dims));
        }
        course.grading().weights().activities().keySet().forEach(id -> {
            if (course.activity(id).isEmpty()) {
                c.report(ProblemCode.UNKNOWN_ACTIVITY, "course.grading.weights.activities." + id, "id", id);
            }
        });
        for (Lesson lesson : course.lessons()) {
            for (Objective o : lesson.objectives()) {
                if (!assessed.contains(o.id())) {
                    c.report(
                            ProblemCode.UNASSESSED_OBJECTIVE,
                            "lessons[" + lesson.id() + "].objectives[" + o.id() + "]",
                            "id",
                            o.id());
                }
            }
        }
    }

    private static void item(Checking c, String path, Item item, Predicate<String> misconceptions, Set<String> rubric) {
        switch (item) {
            case SingleChoice s -> {
                for (CreditOption o : s.options()) {
                    misconception(c, path + ".options[" + o.id() + "]", o.misconception(), misconceptions);
                }
            }
            case MultipleResponse m -> {
                for (ResponseOption o : m.options()) {
                    misconception(c, path + ".options[" + o.id() + "]", o.misconception(), misconceptions);
                }
            }
            case TrueFalse t -> misconception(c, path, t.misconception(), misconceptions);
            case BestResponseItem b -> rated(c, path, b.options(), misconceptions, rubric);
            default -> {}
        }
    }

    private static void vignette(
            Checking c, String path, Vignette v, Predicate<String> misconceptions, Set<String> dims) {
        switch (v) {
            case BestResponseVignette b -> rated(c, path, b.options(), misconceptions, dims);
            case RateOptionsVignette r -> rated(c, path, r.options(), misconceptions, dims);
            case FreeTextVignette f -> {
                for (Map.Entry<String, Map<Integer, String>> anchor :
                        f.anchors().entrySet()) {
                    if (!dims.contains(anchor.getKey())) {
                        c.report(
                                ProblemCode.UNKNOWN_DIMENSION,
                                path + ".anchors." + anchor.getKey(),
                                "id",
                                anchor.getKey(),
                                "allowed",
                                String.join(", ", dims));
                    }
                    anchor.getValue()
                            .keySet()
                            .forEach(level -> level(
                                    c,
                                    path + ".anchors." + anchor.getKey(),
                                    "anchors of '" + anchor.getKey() + "'",
                                    level));
                }
                f.examples().keySet().forEach(level -> level(c, path + ".examples", "examples", level));
            }
            case BranchingVignette b -> {
                for (Node n : b.nodes()) {
                    for (Choice choice : n.choices()) {
                        String choicePath = path + ".nodes[" + n.id() + "].choices[" + choice.id() + "]";
                        misconception(c, choicePath, choice.misconception(), misconceptions);
                        ratings(c, choicePath, choice.ratings(), dims);
                    }
                }
            }
        }
    }

    private static void rated(
            Checking c, String path, List<RatedOption> options, Predicate<String> misconceptions, Set<String> dims) {
        for (RatedOption o : options) {
            String optionPath = path + ".options[" + o.id() + "]";
            misconception(c, optionPath, o.misconception(), misconceptions);
            ratings(c, optionPath, o.ratings(), dims);
        }
    }

    private static void misconception(Checking c, String path, Optional<String> id, Predicate<String> known) {
        id.filter(m -> !known.test(m))
                .ifPresent(m -> c.report(ProblemCode.UNKNOWN_MISCONCEPTION, path + ".misconception", "id", m));
    }

    private static void ratings(Checking c, String path, Ratings ratings, Set<String> dims) {
        if (ratings.dimensions().isEmpty() && c.present(path + ".ratings")) {
            c.report(
                    ProblemCode.EMPTY_LIST,
                    path + ".ratings",
                    "field",
                    "ratings",
                    "minimum",
                    "one rating on a rubric dimension");
        }
        boolean authorOnly = ratings.raters().size() == 1
                && ratings.raters().getFirst().rater().equals(Ratings.AUTHOR);
        for (RaterScores rater : ratings.raters()) {
            String raterPath = authorOnly ? path + ".ratings" : path + ".ratings[" + rater.rater() + "]";
            for (Map.Entry<String, Integer> score : rater.scores().entrySet()) {
                String scorePath = raterPath + "." + score.getKey();
                if (!dims.contains(score.getKey())) {
                    c.report(
                            ProblemCode.UNKNOWN_DIMENSION,
                            scorePath,
                            "id",
                            score.getKey(),
                            "allowed",
                            String.join(", ", dims));
                }
                int min = c.course().rubric().scale().min();
                int max = c.course().rubric().scale().max();
                if (!c.course().rubric().scale().contains(score.getValue())) {
                    c.report(
                            ProblemCode.RATING_OUT_OF_SCALE,
                            scorePath,
                            "value",
                            score.getValue().toString(),
                            "dimension",
                            score.getKey(),
                            "min",
                            Integer.toString(min),
                            "max",
                            Integer.toString(max));
                }
            }
        }
    }

    /** An anchor or example level of {@code levelsPath} (a mapping keyed by level) outside the course scale. */
    private static void level(Checking c, String levelsPath, String field, int level) {
        var scale = c.course().rubric().scale();
        if (!scale.contains(level)) {
            c.report(
                    ProblemCode.LEVEL_OUT_OF_SCALE,
                    levelsPath + "." + level,
                    "value",
                    Integer.toString(level),
                    "field",
                    field,
                    "min",
                    Integer.toString(scale.min()),
                    "max",
                    Integer.toString(scale.max()));
        }
    }

    private static Set<String> ids(List<String> ids) {
        return new TreeSet<>(ids);
    }
}
