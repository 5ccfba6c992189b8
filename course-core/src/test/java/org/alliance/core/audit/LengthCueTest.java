package org.alliance.core.audit;

import static org.alliance.core.audit.AuditFixtures.course;
import static org.alliance.core.audit.AuditFixtures.of;
import static org.alliance.core.audit.AuditFixtures.quiz;
import static org.alliance.core.audit.AuditFixtures.single;
import static org.assertj.core.api.Assertions.assertThat;

import org.alliance.core.validation.ProblemCode;
import org.junit.jupiter.api.Test;

class LengthCueTest {

    @Test
    void a_key_clearly_longer_than_the_others_is_reported_at_the_key() {
        var item = single(
                "i1",
                "Which is the alliance?",
                "Agreement on goals and tasks, with an emotional bond between the two",
                "Liking",
                "Advice");

        assertThat(of(course(quiz(item)), ProblemCode.KEY_LONGEST))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.path()).isEqualTo("quizzes[q1].items[i1].options[a].text");
                    assertThat(f.params()).containsEntry("limit", "1.3");
                });
    }

    @Test
    void a_key_slightly_longer_than_the_others_mean_passes() {
        // 30 characters against a mean of 25: 1.2 times, under the 1.3 limit.
        var item = single(
                "i1",
                "Which is the alliance?",
                "Goals, tasks and a shared bond",
                "Liking the therapist now",
                "Warmth and trust, mostly now.");

        assertThat(of(course(quiz(item)), ProblemCode.KEY_LONGEST)).isEmpty();
    }

    @Test
    void a_key_that_ties_the_longest_other_option_is_not_the_longest() {
        var item = single("i1", "Which is the alliance?", "Goals, tasks and bond", "Liking, warmth, trust", "No");

        assertThat(of(course(quiz(item)), ProblemCode.KEY_LONGEST)).isEmpty();
    }
}
