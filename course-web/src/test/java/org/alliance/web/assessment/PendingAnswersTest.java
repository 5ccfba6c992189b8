package org.alliance.web.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.alliance.core.scoring.Correctness;
import org.alliance.core.scoring.Response;
import org.alliance.web.AllianceTest;
import org.alliance.web.TestClock;
import org.alliance.web.TestUsers;
import org.alliance.web.account.AccountService;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.privacy.PersonalDataService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers chosen but not checked, through the service: saved as they are chosen without spending a try,
 * restored on reopening, never scored until checked, checked as the final try at submission or at the
 * deadline, and nobody else's to read or write.
 */
@AllianceTest
class PendingAnswersTest {
    private static final String COURSE = TriesCourse.COURSE;
    private static final String QUIZ = TriesCourse.QUIZ;
    private static final Response A = new Response.SingleChoiceAnswer("a");
    private static final Response B = new Response.SingleChoiceAnswer("b");

    @Autowired
    QuizAttempts attempts;

    @Autowired
    CourseCatalog catalog;

    @Autowired
    TestClock clock;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    @Autowired
    PersonalDataService personalData;

    @BeforeEach
    void publish() {
        TriesCourse.publish(context);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private String startAs(String username) {
        TestUsers.signIn(username, "STUDENT");
        catalog.enrol(COURSE, null);
        return attempts.start(COURSE, QUIZ);
    }

    @Test
    void a_chosen_answer_is_saved_without_spending_a_try_and_comes_back_on_reopening() {
        String id = startAs("pending-reopen");
        attempts.keep(id, "ti-choice", A);
        attempts.keep(id, "ti-choice", B); // a change of mind: the latest choice is the one kept

        var reopened = attempts.open(id).orElseThrow();
        assertThat(reopened.pending()).containsExactly(Map.entry("ti-choice", B));
        assertThat(reopened.saved())
                .as("nothing checked, so nothing shown as checked")
                .doesNotContainKey("ti-choice");

        var checked = attempts.answer(id, "ti-choice", B);
        assertThat(checked.triesUsed()).as("choosing twice spent no try").isEqualTo(1);
        assertThat(attempts.open(id).orElseThrow().pending())
                .as("checked, so no longer pending")
                .isEmpty();
    }

    @Test
    void a_pending_answer_is_not_scored_until_it_is_checked() {
        String id = startAs("pending-unscored");
        attempts.keep(id, "ti-choice", A); // the right answer, chosen but not checked
        var first = attempts.answer(id, "ti-choice", B);
        assertThat(first.shown().orElseThrow().correctness())
                .as("Check scores what is checked")
                .contains(Correctness.INCORRECT);
        assertThat(first.triesUsed()).isEqualTo(1);

        attempts.keep(id, "ti-choice", A);
        var second = attempts.answer(id, "ti-choice", A);
        assertThat(second.triesUsed()).isEqualTo(2);
        assertThat(second.shown().orElseThrow().correctness()).contains(Correctness.CORRECT);
        attempts.submit(id);

        // One item right on the second try (1 - 0.25), three unanswered.
        assertThat(attempts.review(id).orElseThrow().score()).contains(0.75 / 4);
    }

    @Test
    void at_submission_each_unchecked_answer_is_checked_as_the_final_try() {
        String id = startAs("pending-submit");
        attempts.answer(id, "ti-choice", B); // try 1, wrong
        attempts.keep(id, "ti-choice", A); // then the right one, not checked
        attempts.keep(id, "ti-tf", new Response.TrueFalseAnswer(false)); // right, never checked
        attempts.keep(id, "ti-match", new Response.MatchingAnswer(Map.of("p1", "p1"))); // half done

        var before = attempts.beforeSubmit(id);
        assertThat(before.unanswered())
                .as("only the multiple response has nothing chosen")
                .containsExactly(3);
        assertThat(before.unchecked()).containsExactly(1, 2, 4);
        assertThat(before.submitted()).isFalse();
        attempts.submit(id);

        var review = attempts.review(id).orElseThrow();
        assertThat(review.items())
                .extracting(r -> r.given().orElse(null))
                .containsExactly(
                        A, new Response.TrueFalseAnswer(false), null, new Response.MatchingAnswer(Map.of("p1", "p1")));
        // Right on try 2 (0.75), right on try 1 (1), unanswered (0), half the pairs on try 1 (0.5).
        assertThat(review.score()).contains((0.75 + 1 + 0 + 0.5) / 4);
    }

    @Test
    void an_unchecked_answer_equal_to_the_last_try_spends_no_try_at_submission() {
        String id = startAs("pending-same");
        attempts.answer(id, "ti-multi", new Response.MultipleResponseAnswer(Set.of("a"))); // half right
        attempts.keep(id, "ti-multi", new Response.MultipleResponseAnswer(Set.of("a", "c")));
        attempts.keep(id, "ti-multi", new Response.MultipleResponseAnswer(Set.of("a"))); // back to the try

        assertThat(attempts.open(id).orElseThrow().pending()).isEmpty();
        assertThat(attempts.beforeSubmit(id).unchecked()).isEmpty();
        attempts.submit(id);
        assertThat(attempts.review(id).orElseThrow().score())
                .as("0.5 on the first try, no penalty")
                .contains(0.5 / 4);
    }

    @Test
    void an_answer_cleared_after_a_try_counts_as_no_answer_as_it_looks() {
        String id = startAs("pending-cleared");
        attempts.answer(id, "ti-multi", new Response.MultipleResponseAnswer(Set.of("a")));
        attempts.keep(id, "ti-multi", new Response.Unanswered());
        attempts.keep(id, "ti-tf", new Response.Unanswered()); // nothing chosen and nothing tried: nothing kept

        assertThat(attempts.open(id).orElseThrow().pending())
                .containsExactly(Map.entry("ti-multi", new Response.Unanswered()));
        assertThat(attempts.beforeSubmit(id).unanswered()).containsExactly(1, 2, 3, 4);
        attempts.submit(id);
        assertThat(attempts.review(id).orElseThrow().score()).contains(0.0);
    }

    @Test
    void nothing_can_be_kept_once_an_item_has_no_try_left() {
        String id = startAs("pending-done");
        attempts.answer(id, "ti-choice", A); // right on try 1: the item is done
        assertThatThrownBy(() -> attempts.keep(id, "ti-choice", B)).hasMessage("quiz.no-tries-left");
        assertThat(attempts.open(id).orElseThrow().pending()).isEmpty();
        assertThatThrownBy(() -> attempts.answer(id, "ti-tf", new Response.Unanswered()))
                .as("Check needs an answer")
                .hasMessage("quiz.check.incomplete");
    }

    @Test
    void at_the_deadline_the_answers_chosen_in_time_are_checked_and_later_ones_refused() {
        String id = startAs("pending-deadline");
        attempts.keep(id, "ti-choice", A);
        clock.advance(Duration.ofMinutes(11));

        assertThatThrownBy(() -> attempts.keep(id, "ti-tf", new Response.TrueFalseAnswer(false)))
                .hasMessage("quiz.time-up");
        assertThat(attempts.beforeSubmit(id).submitted()).isTrue();
        var review = attempts.review(id).orElseThrow();
        assertThat(review.items().getFirst().given()).contains(A);
        assertThat(review.score())
                .as("the choice made in time counts as a first try")
                .contains(1.0 / 4);
    }

    @Test
    void another_student_can_neither_read_nor_write_a_pending_answer() {
        String id = startAs("pending-owner");
        attempts.keep(id, "ti-choice", B);

        TestUsers.signIn("pending-intruder", "STUDENT");
        catalog.enrol(COURSE, null);
        assertThat(attempts.open(id)).isEmpty();
        assertThatThrownBy(() -> attempts.keep(id, "ti-choice", A)).hasMessage("quiz.not-found");
        assertThatThrownBy(() -> attempts.beforeSubmit(id)).hasMessage("quiz.not-found");
        assertThatThrownBy(() -> attempts.submit(id)).hasMessage("quiz.not-found");

        TestUsers.signIn("pending-owner", "STUDENT");
        assertThat(attempts.open(id).orElseThrow().pending()).containsExactly(Map.entry("ti-choice", B));
    }

    @Test
    void in_a_deferred_quiz_every_entry_is_the_answer_and_a_cleared_one_leaves_none() {
        TestUsers.signIn("deferred-keeper", "STUDENT");
        catalog.enrol("timed-test", null);
        String id = attempts.start("timed-test", "tq-timed");
        attempts.keep(id, "tq-i1", A);
        attempts.keep(id, "tq-i2", new Response.TrueFalseAnswer(true));
        attempts.keep(id, "tq-i2", new Response.Unanswered());

        var reopened = attempts.open(id).orElseThrow();
        assertThat(reopened.pending())
                .as("deferred: nothing waits to be checked")
                .isEmpty();
        assertThat(reopened.saved()).containsOnlyKeys("tq-i1");
        assertThat(attempts.beforeSubmit(id).unanswered()).containsExactly(2);
    }

    @Test
    void my_data_holds_my_unchecked_answers_and_deleting_my_account_deletes_them() {
        TestUsers.signIn("pending-leaver", "STUDENT");
        accounts.register("Pending Leaver", "pending-leaver", "a long and quiet password");
        String id = startAs("pending-leaver");
        attempts.keep(id, "ti-choice", B);

        JsonNode attempt = JsonMapper.builder()
                .build()
                .readTree(personalData.export())
                .get("attempts")
                .get(0);
        assertThat(attempt.get("id").asString()).isEqualTo(id);
        JsonNode unchecked = attempt.get("unchecked").get(0);
        assertThat(unchecked.get("itemId").asString()).isEqualTo("ti-choice");
        assertThat(unchecked.get("response").get("option").asString()).isEqualTo("b");

        personalData.deleteMyAccount("a long and quiet password");
        assertThat(jdbc.sql("select count(*) from attempt_pending p join attempt t on t.id = p.attempt_id"
                                + " where t.public_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select username from attempt where public_id = ?")
                        .param(id)
                        .query(String.class)
                        .optional())
                .isNotEqualTo(Optional.of("pending-leaver"));
    }
}
