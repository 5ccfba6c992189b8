package org.alliance.web.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.Map;
import org.alliance.core.scoring.Response;
import org.alliance.web.AllianceTest;
import org.alliance.web.account.AccountService;
import org.alliance.web.assessment.QuizAttempts;
import org.alliance.web.assessment.TriesCourse;
import org.alliance.web.catalog.CourseCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;

/** The review of an interactive attempt: correctness in a symbol and a word, and what each retry cost. */
@AllianceTest
class QuizReviewViewTest extends SpringBrowserlessTest {
    @Autowired
    CourseCatalog catalog;

    @Autowired
    QuizAttempts attempts;

    @Autowired
    AccountService accounts;

    @Autowired
    ApplicationContext context;

    @Test
    @WithMockUser(username = "review-tries", roles = "STUDENT")
    void the_review_says_what_the_retries_cost_and_marks_correctness_with_a_symbol_and_a_word() {
        TriesCourse.publish(context);
        accounts.register("Review tries", "review-tries", "a long enough password");
        catalog.enrol(TriesCourse.COURSE, null);
        String id = attempts.start(TriesCourse.COURSE, TriesCourse.QUIZ);
        attempts.answer(id, "ti-choice", new Response.SingleChoiceAnswer("b"));
        attempts.answer(id, "ti-choice", new Response.SingleChoiceAnswer("a"));
        attempts.answer(id, "ti-tf", new Response.TrueFalseAnswer(false));
        attempts.submit(id);

        navigate(QuizReviewView.class, Map.of("attemptId", id));
        String text = getCurrentView().getElement().getTextRecursively();
        assertThat(text)
                .contains("Answered in 2 tries. Each retry cost 25 % of this question’s credit, "
                        + "so an answer worth 100 % scored 75 %.");
        assertThat(text).as("one try costs nothing, so nothing is said").containsOnlyOnce("Answered in");
        assertThat(text).contains("✓Correct");
        assertThat(find(CorrectnessLabel.class).all())
                .as("every label has a symbol before its word")
                .extracting(l -> l.getElement().getTextRecursively())
                .startsWith("✓Correct", "✓Correct")
                .allMatch(t -> t.matches("[✓◐✗][A-Z].*"));
    }
}
