package org.alliance.core.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.alliance.core.audit.Audit;
import org.alliance.core.model.Concept;
import org.alliance.core.model.Course;

/**
 * Checks a course as a whole: ids, references between parts, items, branching graphs, Markdown,
 * and the assessment audit ({@code org.alliance.core.audit}). Reports every problem at once and
 * never throws. Structural problems (unknown keys, wrong types) are found by the reader, which has
 * the YAML at hand.
 */
public final class Validator {

    private Validator() {}

    /** Problems of a course built in memory; they carry model paths but no file positions. */
    public static List<Problem> validate(Course course) {
        return validate(course, SourceMap.empty());
    }

    public static List<Problem> validate(Course course, SourceMap sources) {
        Checking checking = new Checking(course, sources, new ProblemLog());
        try {
            IdChecks.run(checking);
            ReferenceChecks.run(checking);
            ItemChecks.run(checking);
            GradingChecks.run(checking);
            GraphChecks.run(checking);
            DrillChecks.run(checking);
            MarkdownChecks.run(checking);
            AuditChecks.run(checking);
        } catch (RuntimeException | StackOverflowError e) {
            checking.report(ProblemCode.UNREADABLE, "", "detail", e.getClass().getSimpleName());
        }
        return checking.log().problems();
    }

    /**
     * Checks across courses: a concept id must mean the same concept everywhere, so two courses
     * giving one id different terms is reported (as a warning, at the later course's concept); and
     * items of two courses that test the same proposition are reported (at the later course's item).
     * Paths start with the course id and a colon.
     */
    public static List<Problem> validateAll(List<Course> courses) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Concept> first = new HashMap<>();
        Map<String, String> firstCourse = new HashMap<>();
        List<Course> ordered = new ArrayList<>(courses);
        ordered.sort(Comparator.comparing(Course::id));
        for (Course course : ordered) {
            for (Concept concept : course.concepts()) {
                Concept earlier = first.putIfAbsent(concept.id(), concept);
                if (earlier == null) {
                    firstCourse.put(concept.id(), course.id());
                } else if (!normalTerm(earlier.term()).equals(normalTerm(concept.term()))) {
                    problems.add(Problem.of(
                            ProblemCode.CONCEPT_TERM_CONFLICT,
                            new Location("glossary.yaml", 0, 0),
                            course.id() + ":concepts[" + concept.id() + "].term",
                            ProblemLog.params(
                                    "id",
                                    concept.id(),
                                    "term",
                                    concept.term(),
                                    "otherTerm",
                                    earlier.term(),
                                    "otherCourse",
                                    firstCourse.get(concept.id()))));
                }
            }
        }
        for (var cf : Audit.across(courses)) {
            var f = cf.finding();
            String file = f.path().startsWith("quizzes[")
                    ? "quizzes/" + f.path().substring(8, f.path().indexOf(']')) + ".yaml"
                    : "";
            Problem p = AuditChecks.problem(f, new Location(file, 0, 0));
            problems.add(new Problem(
                    p.severity(),
                    p.code(),
                    p.file(),
                    p.line(),
                    p.column(),
                    cf.course().id() + ":" + f.path(),
                    p.params(),
                    p.message(),
                    p.hint()));
        }
        return problems;
    }

    private static String normalTerm(String term) {
        return term.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
