package org.alliance.core.audit;

import static org.alliance.core.audit.AuditFixtures.accepting;
import static org.alliance.core.audit.AuditFixtures.course;
import static org.alliance.core.audit.AuditFixtures.of;
import static org.alliance.core.audit.AuditFixtures.quiz;
import static org.alliance.core.audit.AuditFixtures.single;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.alliance.core.model.AuditAcceptance;
import org.alliance.core.validation.ProblemCode;
import org.alliance.core.validation.Severity;
import org.alliance.core.validation.Validator;
import org.junit.jupiter.api.Test;

class AcceptancesTest {

    private static final String LONG_KEY = "Agreement on goals and tasks, with an emotional bond between the two";

    @Test
    void an_accepted_warning_stays_listed_marked_accepted_with_the_authors_reason() {
        var item = accepting(
                single("i1", "Which is the alliance?", LONG_KEY, "Liking", "Advice"),
                "The full definition is the point of the item.",
                "key-longest");

        assertThat(of(course(quiz(item)), ProblemCode.KEY_LONGEST))
                .singleElement()
                .satisfies(f -> assertThat(f.acceptedWhy()).contains("The full definition is the point of the item."));
        assertThat(of(course(quiz(item)), ProblemCode.UNUSED_ACCEPTANCE))
                .as("the acceptance is used")
                .isEmpty();
        assertThat(Validator.validate(course(quiz(item))))
                .filteredOn(p -> p.code() == ProblemCode.KEY_LONGEST)
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.severity()).isEqualTo(Severity.ACCEPTED);
                    assertThat(p.isError()).isFalse();
                    assertThat(p.params()).containsEntry("why", "The full definition is the point of the item.");
                    assertThat(p.toString()).endsWith("[accepted: The full definition is the point of the item.]");
                });
    }

    @Test
    void an_acceptance_on_a_lesson_covers_what_is_reported_at_the_lesson_but_not_other_codes() {
        var item = single("i1", "Which is the alliance?", LONG_KEY, "Liking", "Advice");
        var course = course(
                Optional.of(new AuditAcceptance(List.of("lesson-apply-share"), "A warm-up lesson.")), quiz(item));

        assertThat(of(course, ProblemCode.LESSON_APPLY_SHARE))
                .singleElement()
                .satisfies(f -> assertThat(f.acceptedWhy()).contains("A warm-up lesson."));
        assertThat(of(course, ProblemCode.KEY_LONGEST))
                .singleElement()
                .satisfies(f -> assertThat(f.acceptedWhy()).isEmpty());
    }

    @Test
    void an_accepted_code_the_audit_does_not_report_there_is_itself_reported() {
        var item = accepting(
                single("i1", "Which is the alliance?", "Goals", "Liking", "Advice"),
                "Left over from an earlier wording.",
                "key-longest");

        assertThat(of(course(quiz(item)), ProblemCode.UNUSED_ACCEPTANCE))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.path()).isEqualTo("quizzes[q1].items[i1].audit.accept[0]");
                    assertThat(f.params()).containsEntry("code", "key-longest");
                });
    }

    @Test
    void only_audit_warnings_can_be_accepted_never_an_error() {
        assertThat(AuditCodes.acceptable())
                .contains(ProblemCode.KEY_LONGEST, ProblemCode.SAFETY_UNMARKED)
                .doesNotContain(
                        ProblemCode.AMBIGUOUS_OPTION,
                        ProblemCode.NO_CLEAN_PATH,
                        ProblemCode.MISSTEP_TIES_CLEAN,
                        ProblemCode.UNUSED_ACCEPTANCE,
                        ProblemCode.CYCLE);
    }
}
