package org.alliance.core.audit;

import static org.alliance.core.audit.AuditFixtures.course;
import static org.alliance.core.audit.AuditFixtures.of;
import static org.alliance.core.audit.AuditFixtures.quiz;
import static org.alliance.core.audit.AuditFixtures.single;
import static org.assertj.core.api.Assertions.assertThat;

import org.alliance.core.validation.ProblemCode;
import org.junit.jupiter.api.Test;

class StemWordingTest {

    @Test
    void a_stem_that_asks_in_the_negative_is_reported() {
        var item = single("i1", "Which of these is NOT a rupture marker?", "Warm laughter", "Silence", "Sarcasm");

        assertThat(of(course(quiz(item)), ProblemCode.NEGATIVE_STEM))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.path()).isEqualTo("quizzes[q1].items[i1].stem");
                    assertThat(f.params()).containsEntry("word", "not");
                });
    }

    @Test
    void a_positive_stem_passes_even_when_it_quotes_a_client_saying_no() {
        var item = single(
                "i1",
                "The client says \"I don't want to talk about it.\" Which response fits best?",
                "Respect it and ask",
                "Insist gently",
                "Change the subject");

        assertThat(of(course(quiz(item)), ProblemCode.NEGATIVE_STEM)).isEmpty();
    }

    @Test
    void all_of_the_above_is_reported_and_an_ordinary_option_is_not() {
        var item = single("i1", "Which are rupture markers?", "All of the above", "Silence", "Sarcasm");

        assertThat(of(course(quiz(item)), ProblemCode.ALL_OR_NONE_OF_THE_ABOVE))
                .singleElement()
                .satisfies(f -> assertThat(f.path()).isEqualTo("quizzes[q1].items[i1].options[a].text"));
        assertThat(of(
                        course(quiz(single("i2", "Which is a marker?", "Silence", "Laughter", "Trust"))),
                        ProblemCode.ALL_OR_NONE_OF_THE_ABOVE))
                .isEmpty();
    }
}
