package org.alliance.core.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.alliance.core.model.AuditAcceptance;
import org.alliance.core.model.BranchingVignette;
import org.alliance.core.model.Course;
import org.alliance.core.model.Drill;
import org.alliance.core.model.Item;
import org.alliance.core.model.Lesson;
import org.alliance.core.model.Quiz;
import org.alliance.core.model.Vignette;
import org.alliance.core.validation.ProblemCode;

/**
 * Applies the authors' {@code audit: {accept: [...], why: ...}}. An acceptance on an element covers
 * the codes it names on that element and everything inside it (an item covers its options, a vignette
 * its nodes and choices, a drill its statements, a quiz its items, course.yaml the course-wide findings).
 * The most specific acceptance wins. An accepted code that matches nothing is itself reported, so files stay true;
 * except {@code similar-items}, which may concern an item of another course, seen only across courses.
 */
final class Acceptances {

    private Acceptances() {}

    /** An acceptance and the model path of the element that carries it. */
    record At(String path, AuditAcceptance acceptance) {}

    static List<Finding> apply(Course course, List<Finding> findings) {
        List<At> all = of(course);
        Set<String> used = new HashSet<>();
        List<Finding> result = new ArrayList<>();
        for (Finding f : findings) {
            Optional<At> covering = covering(all, f);
            if (covering.isPresent()) {
                used.add(covering.get().path() + "|" + f.code().key());
                result.add(f.accept(covering.get().acceptance().why()));
            } else {
                result.add(f);
            }
        }
        Findings unused = new Findings();
        for (At at : all) {
            List<String> codes = at.acceptance().codes();
            for (int i = 0; i < codes.size(); i++) {
                if (!used.contains(at.path() + "|" + codes.get(i))
                        && isAcceptable(codes.get(i))
                        && !codes.get(i).equals(ProblemCode.SIMILAR_ITEMS.key())) {
                    unused.add(
                            ProblemCode.UNUSED_ACCEPTANCE,
                            at.path() + ".audit.accept[" + i + "]",
                            "code",
                            codes.get(i));
                }
            }
        }
        result.addAll(unused.list());
        return result;
    }

    /** Marks findings accepted without reporting unused acceptances (used across courses). */
    static List<Finding> acceptOnly(Course course, List<Finding> findings) {
        List<At> all = of(course);
        return findings.stream()
                .map(f -> covering(all, f)
                        .map(at -> f.accept(at.acceptance().why()))
                        .orElse(f))
                .toList();
    }

    private static Optional<At> covering(List<At> all, Finding f) {
        if (!AuditCodes.acceptable().contains(f.code())) {
            return Optional.empty();
        }
        return all.stream()
                .filter(at -> Paths.within(at.path(), f.path())
                        && at.acceptance().codes().contains(f.code().key()))
                .max(Comparator.comparingInt(at -> at.path().length()));
    }

    private static boolean isAcceptable(String code) {
        return ProblemCode.byKey(code).filter(AuditCodes.acceptable()::contains).isPresent();
    }

    /** Every acceptance in the course, with its element's path. */
    static List<At> of(Course course) {
        List<At> all = new ArrayList<>();
        course.audit().ifPresent(a -> all.add(new At(Paths.COURSE, a)));
        for (Lesson lesson : course.lessons()) {
            lesson.audit().ifPresent(a -> all.add(new At(Paths.lesson(lesson), a)));
        }
        for (Quiz quiz : course.quizzes()) {
            quiz.audit().ifPresent(a -> all.add(new At(Paths.quiz(quiz), a)));
            for (Item item : quiz.items()) {
                item.audit().ifPresent(a -> all.add(new At(Paths.item(quiz, item), a)));
            }
        }
        for (Vignette v : course.vignettes()) {
            v.audit().ifPresent(a -> all.add(new At(Paths.vignette(v), a)));
            if (v instanceof BranchingVignette b) {
                b.nodes()
                        .forEach(n -> n.audit()
                                .ifPresent(a -> all.add(new At(Paths.vignette(v) + ".nodes[" + n.id() + "]", a))));
            }
        }
        for (Drill d : course.drills()) {
            d.audit().ifPresent(a -> all.add(new At(Paths.drill(d), a)));
        }
        return all;
    }
}
