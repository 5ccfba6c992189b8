package org.alliance.core.audit;

import static org.alliance.core.audit.AuditFixtures.course;
import static org.alliance.core.audit.AuditFixtures.of;
import static org.alliance.core.audit.AuditFixtures.quiz;
import static org.alliance.core.audit.AuditFixtures.single;
import static org.assertj.core.api.Assertions.assertThat;

import org.alliance.core.validation.ProblemCode;
import org.junit.jupiter.api.Test;

class DistractorFormsTest {

    @Test
    void every_wrong_option_a_statement_and_the_key_a_question_is_reported() {
        var item = single("i1", "What would you say?", "What was that like?", "Let us move on.", "You seem fine.");

        assertThat(of(course(quiz(item)), ProblemCode.DISTRACTOR_FORM))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.path()).isEqualTo("quizzes[q1].items[i1].options");
                    assertThat(f.params()).containsEntry("form", "ends with '.'");
                });
    }

    @Test
    void a_content_word_every_wrong_option_shares_is_reported() {
        var item = single(
                "i1",
                "What would you say?",
                "Tell me more.",
                "Your mother was strict.",
                "Perhaps your mother comes to mind.");

        assertThat(of(course(quiz(item)), ProblemCode.DISTRACTOR_FORM))
                .singleElement()
                .satisfies(f -> assertThat(f.params()).containsEntry("form", "uses the word 'mother'"));
    }

    @Test
    void wrong_options_of_mixed_form_pass_and_a_shared_article_is_no_form() {
        var mixed = single("i1", "What would you say?", "What was that like?", "Let us move on.", "Are you sure?");
        var articles = single(
                "i2", "Which is a marker?", "Silence after a suggestion", "The weather", "The clock on the wall");

        assertThat(of(course(quiz(mixed, articles)), ProblemCode.DISTRACTOR_FORM))
                .isEmpty();
    }
}
