package org.alliance.core.audit;

import static org.alliance.core.audit.AuditFixtures.course;
import static org.alliance.core.audit.AuditFixtures.of;
import static org.alliance.core.audit.AuditFixtures.quiz;
import static org.alliance.core.audit.AuditFixtures.single;
import static org.alliance.core.audit.AuditFixtures.statement;
import static org.assertj.core.api.Assertions.assertThat;

import org.alliance.core.validation.ProblemCode;
import org.junit.jupiter.api.Test;

class DeterminersTest {

    @Test
    void an_absolute_word_in_a_wrong_option_is_reported_when_the_key_has_none() {
        var item = single(
                "i1",
                "What do ruptures show?",
                "A strain to explore",
                "They always mean failure",
                "A sign to refer on");

        assertThat(of(course(quiz(item)), ProblemCode.SPECIFIC_DETERMINER))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.path()).isEqualTo("quizzes[q1].items[i1].options[b].text");
                    assertThat(f.params()).containsEntry("word", "always");
                });
    }

    @Test
    void absolute_words_pass_when_a_key_carries_one_too_and_not_at_all_is_not_one() {
        var both = single(
                "i1",
                "What do ruptures show?",
                "Every alliance has strains",
                "They always mean failure",
                "A sign to refer on");
        var idiom = single("i2", "What would you say?", "Tell me more", "Not at all, go on", "Let us move on");

        assertThat(of(course(quiz(both, idiom)), ProblemCode.SPECIFIC_DETERMINER))
                .isEmpty();
    }

    @Test
    void a_false_statement_with_an_absolute_word_is_reported_and_a_true_one_is_not() {
        var course = course(quiz(
                statement("i1", "Ruptures never help therapy.", false),
                statement("i2", "Ruptures never end on their own without being noticed by both.", true)));

        assertThat(of(course, ProblemCode.SPECIFIC_DETERMINER_STATEMENT))
                .singleElement()
                .satisfies(f -> assertThat(f.path()).isEqualTo("quizzes[q1].items[i1].stem"));
    }
}
