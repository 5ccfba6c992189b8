package org.alliance.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.alliance.core.model.Behaviour;
import org.alliance.core.model.BestResponseItem;
import org.alliance.core.model.Course;
import org.alliance.core.model.GradingMethod;
import org.alliance.core.model.Item;
import org.alliance.core.model.Matching;
import org.alliance.core.model.MultipleResponse;
import org.alliance.core.model.Ordering;
import org.alliance.core.model.Quiz;
import org.alliance.core.model.ReviewDetail;
import org.alliance.core.model.ShortText;
import org.alliance.core.model.SingleChoice;
import org.alliance.core.model.TrueFalse;
import org.junit.jupiter.api.Test;

/** The reader turns each item type of the spec into its model record. */
class ItemReadingTest {

    private final Course course =
            CourseReader.fromFolder(TestCourses.mini()).course().orElseThrow();

    private Item item(String id) {
        return course.quizzes().stream()
                .flatMap(q -> q.items().stream())
                .filter(i -> i.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void quiz_settings_are_read_with_review_options() {
        Quiz q1 = (Quiz) course.activity("q1-alliance").orElseThrow();
        assertThat(q1.settings().behaviour()).isEqualTo(Behaviour.INTERACTIVE);
        assertThat(q1.settings().tries()).isEqualTo(3);
        assertThat(q1.settings().penalty()).isEqualTo(0.25);
        assertThat(q1.settings().passMark()).isEqualTo(0.7);
        assertThat(q1.settings().review().during()).containsExactly(ReviewDetail.FEEDBACK);
        assertThat(q1.settings().review().afterClose()).contains(ReviewDetail.KEY);
    }

    @Test
    void unspecified_quiz_settings_take_their_defaults() {
        Quiz q2 = (Quiz) course.activity("q2-repair").orElseThrow();
        assertThat(q2.settings().gradingMethod()).isEqualTo(GradingMethod.LAST);
        assertThat(q2.settings().attempts()).isEqualTo(2);
        assertThat(q2.settings().shuffle()).isTrue();
        assertThat(q2.settings().timeLimitMinutes()).isZero();
    }

    @Test
    void single_choice_options_carry_credit_misconception_and_feedback() {
        SingleChoice item = (SingleChoice) item("q1-i1");
        assertThat(item.objectives()).containsExactly("l1-o1");
        assertThat(item.concepts()).containsExactly("working-alliance");
        assertThat(item.options()).extracting(o -> o.credit()).containsExactly(1.0, 0.0);
        assertThat(item.options().get(1).misconception()).contains("alliance-is-liking");
        assertThat(item.options().get(0).feedback()).startsWith("Right:");
    }

    @Test
    void multiple_response_options_say_whether_they_are_correct() {
        MultipleResponse item = (MultipleResponse) item("q1-i2");
        assertThat(item.options()).extracting(o -> o.correct()).containsExactly(true, true, false);
    }

    @Test
    void true_false_has_an_answer_and_feedback_for_each_choice() {
        TrueFalse item = (TrueFalse) item("q1-i3");
        assertThat(item.answer()).isFalse();
        assertThat(item.misconception()).contains("alliance-is-stable");
        assertThat(item.feedbackTrue()).startsWith("It can rise");
        assertThat(item.feedbackFalse()).startsWith("Right.");
    }

    @Test
    void matching_has_pairs_and_distractors() {
        Matching item = (Matching) item("q1-i4");
        assertThat(item.pairs()).extracting(p -> p.prompt()).containsExactly("Goals", "Tasks");
        assertThat(item.distractors()).containsExactly("A technique for reducing homework");
    }

    @Test
    void ordering_lists_steps_in_the_correct_order() {
        Ordering item = (Ordering) item("q2-i1");
        assertThat(item.steps()).extracting(s -> s.id()).containsExactly("s1", "s2", "s3");
    }

    @Test
    void short_text_normalises_answers_as_configured() {
        ShortText item = (ShortText) item("q1-i5");
        assertThat(item.accept())
                .singleElement()
                .satisfies(a -> assertThat(a.credit()).isEqualTo(1.0));
        assertThat(item.normalise().apply("  working   ALLIANCE inventory!"))
                .isEqualTo(item.normalise().apply(item.accept().getFirst().text()));
    }

    @Test
    void best_response_item_has_a_client_line_a_cue_and_rated_options() {
        BestResponseItem item = (BestResponseItem) item("q2-i2");
        assertThat(item.client()).isEqualTo("Sorry, I'm rambling again.");
        assertThat(item.cue()).isEqualTo(Optional.of("Looks at the clock."));
        assertThat(item.options().get(1).ratings().mean()).hasValue(5.0);
        assertThat(item.options().get(0).misconception()).contains("ruptures-mean-failure");
    }
}
