package org.alliance.core.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alliance.core.model.Activity;
import org.alliance.core.model.AllianceMeter;
import org.alliance.core.model.AuditAcceptance;
import org.alliance.core.model.Behaviour;
import org.alliance.core.model.Branch;
import org.alliance.core.model.BranchingVignette;
import org.alliance.core.model.Choice;
import org.alliance.core.model.Cognitive;
import org.alliance.core.model.Course;
import org.alliance.core.model.CreditOption;
import org.alliance.core.model.Dimension;
import org.alliance.core.model.Ending;
import org.alliance.core.model.GradingMethod;
import org.alliance.core.model.GradingPolicy;
import org.alliance.core.model.Item;
import org.alliance.core.model.Lesson;
import org.alliance.core.model.Level;
import org.alliance.core.model.Node;
import org.alliance.core.model.Objective;
import org.alliance.core.model.Outcome;
import org.alliance.core.model.Persona;
import org.alliance.core.model.Quiz;
import org.alliance.core.model.QuizSettings;
import org.alliance.core.model.RatedOption;
import org.alliance.core.model.RatingScale;
import org.alliance.core.model.Ratings;
import org.alliance.core.model.ReviewOptions;
import org.alliance.core.model.Rubric;
import org.alliance.core.model.SingleChoice;
import org.alliance.core.model.TrueFalse;
import org.alliance.core.model.VignetteHeader;
import org.alliance.core.model.VignetteSettings;
import org.alliance.core.validation.ProblemCode;

/** Small in-memory courses for the audit's tests: one lesson, one rubric dimension, what each test adds. */
final class AuditFixtures {

    static final Dimension D1 = new Dimension("d1", "D1", "", Map.of(1, "a", 2, "b", 3, "c", 4, "d", 5, "e"));

    private AuditFixtures() {}

    static Course course(Activity... activities) {
        return course(Optional.empty(), activities);
    }

    static Course course(Optional<AuditAcceptance> lessonAudit, Activity... activities) {
        Lesson lesson = new Lesson(
                "l1",
                "Lesson",
                10,
                List.of(new Objective("o1", "Do it.")),
                List.of(),
                "",
                List.of(activities),
                lessonAudit);
        return new Course(
                "course",
                "Course",
                "",
                "",
                "en",
                List.of(),
                "",
                List.of(),
                "",
                "",
                List.of(lesson),
                new Rubric(RatingScale.defaults(), List.of(D1)),
                GradingPolicy.defaults(),
                List.of(),
                List.of());
    }

    static Quiz quiz(Item... items) {
        return new Quiz("q1", "Quiz", QuizSettings.defaults(), List.of(items));
    }

    static Quiz quiz(QuizSettings settings, Item... items) {
        return new Quiz("q1", "Quiz", settings, List.of(items));
    }

    static QuizSettings interactive(int tries, double penalty, boolean shuffle) {
        return new QuizSettings(
                Behaviour.INTERACTIVE,
                tries,
                penalty,
                0,
                GradingMethod.HIGHEST,
                0,
                0.7,
                shuffle,
                ReviewOptions.defaults());
    }

    /** A single-choice item whose first text is the key. */
    static SingleChoice single(String id, String stem, String key, String... others) {
        List<CreditOption> options = new ArrayList<>();
        options.add(new CreditOption("a", key, 1, Optional.empty(), "Yes."));
        char letter = 'b';
        for (String other : others) {
            options.add(new CreditOption(String.valueOf(letter++), other, 0, Optional.of("m1"), "No."));
        }
        return new SingleChoice(id, List.of("o1"), List.of("c1"), stem, options);
    }

    static SingleChoice cognitive(SingleChoice s, Cognitive level) {
        return new SingleChoice(
                s.id(), s.objectives(), s.concepts(), s.stem(), s.options(), Optional.of(level), s.audit());
    }

    static SingleChoice accepting(SingleChoice s, String why, String... codes) {
        return new SingleChoice(
                s.id(),
                s.objectives(),
                s.concepts(),
                s.stem(),
                s.options(),
                s.cognitive(),
                Optional.of(new AuditAcceptance(List.of(codes), why)));
    }

    static TrueFalse statement(String id, String stem, boolean answer) {
        return new TrueFalse(id, List.of("o1"), List.of("c1"), stem, answer, Optional.of("m1"), "T.", "F.");
    }

    static RatedOption rated(String id, String text, int rating) {
        return new RatedOption(
                id,
                text,
                Ratings.byAuthor(Map.of("d1", rating)),
                "Why.",
                rating < 3 ? Optional.of("m1") : Optional.empty());
    }

    static VignetteHeader header(String id) {
        return new VignetteHeader(
                id,
                "Title",
                Level.BEGINNER,
                List.of("o1"),
                List.of("c1"),
                Optional.empty(),
                new Persona("Kim", Optional.empty(), "Fictional."),
                "",
                List.of("d1"),
                "",
                VignetteSettings.defaults(),
                Optional.of(Cognitive.APPLY),
                Optional.empty());
    }

    static Choice choice(String id, String text, int rating, String next) {
        return new Choice(
                id,
                text,
                Ratings.byAuthor(Map.of("d1", rating)),
                "Why.",
                Optional.empty(),
                0,
                false,
                false,
                Optional.empty(),
                List.of(Branch.to(next)));
    }

    static BranchingVignette branching(List<Node> nodes, List<Ending> endings) {
        return new BranchingVignette(header("v1"), nodes.getFirst().id(), AllianceMeter.defaults(), nodes, endings);
    }

    static Node node(String id, Choice... choices) {
        return new Node(id, "Client line " + id + ".", Optional.empty(), List.of(choices));
    }

    static Ending ending(String id, Outcome outcome, double bonus) {
        return new Ending(id, "Bye.", outcome, bonus, "");
    }

    static List<Finding> audit(Course course) {
        return Audit.of(course);
    }

    /** The findings of one code. */
    static List<Finding> of(Course course, ProblemCode code) {
        return Audit.of(course).stream().filter(f -> f.code() == code).toList();
    }
}
