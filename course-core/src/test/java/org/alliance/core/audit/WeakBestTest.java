package org.alliance.core.audit;

import static org.alliance.core.audit.AuditFixtures.course;
import static org.alliance.core.audit.AuditFixtures.of;
import static org.alliance.core.audit.AuditFixtures.quiz;
import static org.alliance.core.audit.AuditFixtures.rated;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.alliance.core.model.BestResponseItem;
import org.alliance.core.validation.ProblemCode;
import org.junit.jupiter.api.Test;

class WeakBestTest {

    private static BestResponseItem item(String id, int best) {
        return new BestResponseItem(
                id,
                List.of("o1"),
                List.of("c1"),
                "What would you say?",
                "I give up.",
                Optional.empty(),
                List.of(
                        rated("a", "Tell me more about giving up.", best),
                        rated("b", "Do not give up now, you can do it.", 1)));
    }

    @Test
    void a_best_option_rated_in_the_middle_of_the_scale_is_reported_since_it_earns_full_marks() {
        assertThat(of(course(quiz(item("i1", 3))), ProblemCode.WEAK_BEST_OPTION))
                .singleElement()
                .satisfies(
                        f -> assertThat(f.params()).containsEntry("best", "3").containsEntry("max", "5"));
    }

    @Test
    void a_best_option_one_point_below_the_top_passes() {
        assertThat(of(course(quiz(item("i1", 4))), ProblemCode.WEAK_BEST_OPTION))
                .isEmpty();
    }
}
