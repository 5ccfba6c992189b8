package org.alliance.core.audit;

import static org.alliance.core.audit.AuditFixtures.course;
import static org.alliance.core.audit.AuditFixtures.of;
import static org.alliance.core.audit.AuditFixtures.quiz;
import static org.alliance.core.audit.AuditFixtures.single;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.alliance.core.model.MatchPair;
import org.alliance.core.model.Matching;
import org.alliance.core.model.MultipleResponse;
import org.alliance.core.model.ResponseOption;
import org.alliance.core.validation.ProblemCode;
import org.alliance.core.validation.Severity;
import org.junit.jupiter.api.Test;

class DuplicateTextsTest {

    @Test
    void two_wrong_options_with_the_same_text_are_a_warning() {
        var item = single("i1", "Which is the alliance?", "Goals, tasks, bond", "Liking.", "liking");

        assertThat(of(course(quiz(item)), ProblemCode.DUPLICATE_OPTION))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.path()).isEqualTo("quizzes[q1].items[i1].options[c].text");
                    assertThat(f.code().severity()).isEqualTo(Severity.WARNING);
                });
    }

    @Test
    void a_key_and_a_wrong_option_with_the_same_text_are_an_error_since_the_score_depends_on_which_was_picked() {
        var item = new MultipleResponse(
                "i1",
                List.of("o1"),
                List.of("c1"),
                "Which are parts?",
                List.of(
                        new ResponseOption("a", "Goals", true, Optional.empty(), "Yes."),
                        new ResponseOption("b", "goals", false, Optional.of("m1"), "No.")));

        assertThat(of(course(quiz(item)), ProblemCode.AMBIGUOUS_OPTION))
                .singleElement()
                .satisfies(f -> assertThat(f.code().severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void a_matching_answer_twice_is_an_error_and_distinct_texts_pass() {
        var twice = new Matching(
                "i1",
                List.of("o1"),
                List.of("c1"),
                "Match.",
                List.of(new MatchPair("p1", "Goals", "Aims"), new MatchPair("p2", "Tasks", "Activities")),
                List.of("aims"),
                "Why.");
        var distinct = new Matching(
                "i2",
                List.of("o1"),
                List.of("c1"),
                "Match.",
                List.of(new MatchPair("p1", "Goals", "Aims"), new MatchPair("p2", "Tasks", "Activities")),
                List.of("Feelings"),
                "Why.");

        assertThat(of(course(quiz(twice, distinct)), ProblemCode.AMBIGUOUS_OPTION))
                .singleElement()
                .satisfies(f -> assertThat(f.path()).isEqualTo("quizzes[q1].items[i1].distractors[0]"));
        assertThat(of(course(quiz(distinct)), ProblemCode.DUPLICATE_OPTION)).isEmpty();
    }
}
