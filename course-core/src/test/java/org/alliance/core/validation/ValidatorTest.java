package org.alliance.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alliance.core.audit.AuditCodes;
import org.alliance.core.model.*;
import org.junit.jupiter.api.Test;

/** The validator on courses built in memory, as the editor or tests build them. */
class ValidatorTest {

    private static final VignetteHeader HEADER = new VignetteHeader(
            "v1",
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

    private static Choice choice(String id, String next) {
        return new Choice(
                id,
                "Text " + id,
                Ratings.byAuthor(Map.of("d1", 4)),
                "Why.",
                Optional.empty(),
                0,
                false,
                false,
                Optional.empty(),
                List.of(Branch.to(next)));
    }

    private static Course course(Activity activity) {
        Dimension d1 = new Dimension("d1", "D1", "", Map.of(1, "a", 2, "b", 3, "c", 4, "d", 5, "e"));
        Lesson lesson = new Lesson(
                "l1",
                "Lesson",
                10,
                List.of(new Objective("o1", "Do it.")),
                List.of("c1"),
                "Body with [[c1]] and [@r1].",
                List.of(activity));
        return new Course(
                "course",
                "Course",
                "",
                "",
                "en",
                List.of(),
                "CC-BY-SA-4.0",
                List.of(),
                "",
                "",
                List.of(lesson),
                new Rubric(RatingScale.defaults(), List.of(d1)),
                GradingPolicy.defaults(),
                List.of(new Concept(
                        "c1", "Concept", "Def.", List.of(new Misconception("m1", "Wrong.", "Right.")), List.of("r1"))),
                List.of(new Reference("r1", "A", 2000, "T", "S", Optional.empty())));
    }

    /** The codes of the structural checks; the assessment audit has tests of its own. */
    private static List<String> codes(Course course) {
        return Validator.validate(course).stream()
                .filter(p -> !AuditCodes.all().contains(p.code()))
                .map(p -> p.code().key())
                .toList();
    }

    @Test
    void a_valid_branching_course_has_no_problems() {
        BranchingVignette v = new BranchingVignette(
                HEADER,
                "n1",
                AllianceMeter.defaults(),
                List.of(
                        new Node("n1", "Hi.", Optional.empty(), List.of(choice("a", "n2"), choice("b", "end"))),
                        new Node("n2", "Hm.", Optional.empty(), List.of(choice("a", "end")))),
                List.of(new Ending("end", "Bye.", Outcome.NEUTRAL, 0, "")));

        assertThat(Validator.validate(course(v))).isEmpty();
    }

    @Test
    void a_cycle_is_reported_with_its_path() {
        BranchingVignette v = new BranchingVignette(
                HEADER,
                "n1",
                AllianceMeter.defaults(),
                List.of(
                        new Node("n1", "Hi.", Optional.empty(), List.of(choice("a", "n2"), choice("b", "end"))),
                        new Node("n2", "Hm.", Optional.empty(), List.of(choice("a", "n1")))),
                List.of(new Ending("end", "Bye.", Outcome.NEUTRAL, 0, "")));

        List<Problem> problems = Validator.validate(course(v));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.CYCLE);
            assertThat(p.params()).containsEntry("cycle", "n1 -> n2 -> n1");
            assertThat(p.path()).isEqualTo("vignettes[v1].nodes[n2].choices[a].next");
        });
    }

    @Test
    void a_node_without_a_way_out_and_an_orphan_node_are_reported() {
        BranchingVignette v = new BranchingVignette(
                HEADER,
                "n1",
                AllianceMeter.defaults(),
                List.of(
                        new Node("n1", "Hi.", Optional.empty(), List.of(choice("a", "n2"), choice("b", "end"))),
                        new Node("n2", "Hm.", Optional.empty(), List.of()),
                        new Node("n3", "Who?", Optional.empty(), List.of(choice("a", "end")))),
                List.of(new Ending("end", "Bye.", Outcome.NEUTRAL, 0, "")));

        assertThat(codes(course(v))).containsExactlyInAnyOrder("no-path-to-ending", "unreachable-node");
    }

    @Test
    void a_wrong_option_without_misconception_and_blank_feedback_are_reported() {
        SingleChoice item = new SingleChoice(
                "i1",
                List.of("o1"),
                List.of("c1"),
                "Stem?",
                List.of(
                        new CreditOption("a", "Right", 1, Optional.empty(), "Yes."),
                        new CreditOption("b", "Wrong", 0, Optional.empty(), " ")));
        Quiz quiz = new Quiz("q1", "Quiz", QuizSettings.defaults(), List.of(item));

        assertThat(codes(course(quiz))).containsExactlyInAnyOrder("missing-misconception", "empty-feedback");
    }

    @Test
    void script_in_markdown_is_reported_at_its_path() {
        Reflection r = new Reflection("r1", "Reflect", "Think.\n\n<script>alert(1)</script>");

        List<Problem> problems = Validator.validate(course(r));

        assertThat(problems).filteredOn(Problem::isError).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.RAW_HTML);
            assertThat(p.path()).isEqualTo("reflections[r1].prompt");
            assertThat(p.severity()).isEqualTo(Severity.ERROR);
        });
        assertThat(problems)
                .filteredOn(p -> !p.isError())
                .extracting(p -> p.code().key())
                .containsExactly("unassessed-objective");
    }

    @Test
    void two_courses_giving_one_concept_id_different_terms_are_reported() {
        Course one = course(new Reflection("r1", "R", "P"));
        Course other = new Course(
                "other",
                "Other",
                "",
                "",
                "en",
                List.of(),
                "",
                List.of(),
                "",
                "",
                List.of(),
                new Rubric(RatingScale.defaults(), List.of()),
                GradingPolicy.defaults(),
                List.of(new Concept("c1", "Something else", "Def.", List.of(), List.of())),
                List.of());
        Course same = new Course(
                "same",
                "Same",
                "",
                "",
                "en",
                List.of(),
                "",
                List.of(),
                "",
                "",
                List.of(),
                new Rubric(RatingScale.defaults(), List.of()),
                GradingPolicy.defaults(),
                List.of(new Concept("c1", "concept", "Def.", List.of(), List.of())),
                List.of());

        assertThat(Validator.validateAll(List.of(one, same))).isEmpty();
        assertThat(Validator.validateAll(List.of(one, other))).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.CONCEPT_TERM_CONFLICT);
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.params()).containsEntry("id", "c1");
        });
    }

    @Test
    void every_code_has_a_stable_kebab_case_key_and_filled_texts() {
        for (ProblemCode code : ProblemCode.values()) {
            assertThat(code.key()).matches("[a-z]+(-[a-z0-9]+)*");
            assertThat(ProblemCode.byKey(code.key())).contains(code);
            assertThat(code.message(Map.of())).isNotBlank();
            assertThat(code.hint(Map.of())).isNotBlank();
            assertThat(code.message(Map.of()) + code.hint(Map.of()))
                    .as("%s: every placeholder is filled", code)
                    .doesNotContainPattern("\\{\\w+}");
        }
    }
}
