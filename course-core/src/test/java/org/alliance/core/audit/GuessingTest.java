package org.alliance.core.audit;

import static org.alliance.core.audit.AuditFixtures.course;
import static org.alliance.core.audit.AuditFixtures.interactive;
import static org.alliance.core.audit.AuditFixtures.of;
import static org.alliance.core.audit.AuditFixtures.quiz;
import static org.alliance.core.audit.AuditFixtures.single;
import static org.alliance.core.audit.AuditFixtures.statement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.alliance.core.model.MatchPair;
import org.alliance.core.model.Matching;
import org.alliance.core.model.OrderStep;
import org.alliance.core.model.Ordering;
import org.alliance.core.model.QuizSettings;
import org.alliance.core.model.RatingScale;
import org.alliance.core.validation.ProblemCode;
import org.junit.jupiter.api.Test;

class GuessingTest {

    @Test
    void a_true_false_item_with_three_tries_and_a_quarter_penalty_is_worth_at_least_three_quarters_to_anyone() {
        var tf = statement("i1", "The alliance fluctuates.", true);
        var odds = Guessing.of(tf, interactive(3, 0.25, true), RatingScale.defaults());

        // Right at once (1/2): 1; right at the second try (1/2): 0.75.
        assertThat(odds.expected()).isCloseTo(0.875, within(1e-12));
        assertThat(odds.guaranteed()).isCloseTo(0.75, within(1e-12));
        assertThat(of(course(quiz(interactive(3, 0.25, true), tf)), ProblemCode.GUESSING_FLOOR))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.path()).isEqualTo("quizzes[q1].settings");
                    assertThat(f.params()).containsEntry("guaranteed", "0.75").containsEntry("tries", "3");
                });
    }

    @Test
    void four_options_and_three_tries_guarantee_nothing_and_pass() {
        var item = single("i1", "Which?", "Right", "Wrong one", "Wrong two", "Wrong three");
        var odds = Guessing.of(item, interactive(3, 0.25, true), RatingScale.defaults());

        // The key at try 1, 2 or 3 (1/4 each): 1, 0.75, 0.5; otherwise the third wrong answer scores 0.
        assertThat(odds.expected()).isCloseTo((1 + 0.75 + 0.5) / 4, within(1e-12));
        assertThat(odds.guaranteed()).isZero();
        assertThat(of(course(quiz(interactive(3, 0.25, true), item)), ProblemCode.GUESSING_FLOOR))
                .isEmpty();
    }

    @Test
    void ordering_and_matching_are_counted_not_enumerated() {
        var ordering = new Ordering(
                "i1",
                List.of("o1"),
                List.of("c1"),
                "Order.",
                List.of(new OrderStep("s1", "One"), new OrderStep("s2", "Two"), new OrderStep("s3", "Three")),
                "Why.");
        var matching = new Matching(
                "i2",
                List.of("o1"),
                List.of("c1"),
                "Match.",
                List.of(new MatchPair("p1", "Goals", "Aims"), new MatchPair("p2", "Tasks", "Activities")),
                List.of("Feelings"),
                "Why.");
        var scale = RatingScale.defaults();

        // A random order puts each step in place with chance 1/3; a random pick matches with 1/3.
        assertThat(Guessing.of(ordering, QuizSettings.defaults(), scale).expected())
                .isCloseTo(1.0 / 3, within(1e-12));
        assertThat(Guessing.of(matching, QuizSettings.defaults(), scale).expected())
                .isCloseTo(1.0 / 3, within(1e-12));
        // Six orders, one right: three tries cannot be sure of it, and some order has every step wrong.
        assertThat(Guessing.of(ordering, interactive(3, 0.25, true), scale).guaranteed())
                .isZero();
        // Two steps, two orders: the second try is sure to be right.
        var two = new Ordering(
                "i3",
                List.of("o1"),
                List.of("c1"),
                "Order.",
                List.of(new OrderStep("s1", "One"), new OrderStep("s2", "Two")),
                "Why.");
        assertThat(Guessing.of(two, interactive(3, 0.25, true), scale).guaranteed())
                .isCloseTo(0.75, within(1e-12));
    }

    @Test
    void a_deferred_quiz_allows_one_try_so_true_false_guarantees_nothing() {
        var tf = statement("i1", "The alliance fluctuates.", true);

        assertThat(Guessing.of(tf, QuizSettings.defaults(), RatingScale.defaults())
                        .expected())
                .isCloseTo(0.5, within(1e-12));
        assertThat(of(course(quiz(tf)), ProblemCode.GUESSING_FLOOR)).isEmpty();
    }
}
