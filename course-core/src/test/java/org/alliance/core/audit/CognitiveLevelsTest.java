package org.alliance.core.audit;

import static org.alliance.core.audit.AuditFixtures.cognitive;
import static org.alliance.core.audit.AuditFixtures.course;
import static org.alliance.core.audit.AuditFixtures.of;
import static org.alliance.core.audit.AuditFixtures.quiz;
import static org.alliance.core.audit.AuditFixtures.single;
import static org.assertj.core.api.Assertions.assertThat;

import org.alliance.core.model.Cognitive;
import org.alliance.core.validation.ProblemCode;
import org.junit.jupiter.api.Test;

class CognitiveLevelsTest {

    private static final String CASE = "A client says \"You just nod all the time.\" Which response repairs best?";
    private static final String SITUATION =
            "In session six a client falls silent after your suggestion. What do" + " you do first?";
    private static final String RECALL = "Which three parts make up the alliance?";

    @Test
    void apply_without_a_case_in_the_stem_is_reported_at_the_level() {
        var item = cognitive(single("i1", RECALL, "Goals, tasks, bond", "Liking", "Advice"), Cognitive.APPLY);

        assertThat(of(course(quiz(item)), ProblemCode.COGNITIVE_WITHOUT_CASE))
                .singleElement()
                .satisfies(f -> assertThat(f.path()).isEqualTo("quizzes[q1].items[i1].cognitive"));
    }

    @Test
    void apply_passes_on_a_quoted_client_line_or_a_described_situation() {
        var quoted = cognitive(single("i1", CASE, "Name it", "Defend it", "Ignore it"), Cognitive.APPLY);
        var situation = cognitive(single("i2", SITUATION, "Ask", "Explain", "Wait"), Cognitive.ANALYSE);

        assertThat(of(course(quiz(quoted, situation)), ProblemCode.COGNITIVE_WITHOUT_CASE))
                .isEmpty();
    }

    @Test
    void a_lesson_where_fewer_than_half_of_the_assessments_apply_is_reported_and_unmarked_items_count_as_not() {
        var applying = cognitive(single("i1", CASE, "Name it", "Defend it", "Ignore it"), Cognitive.APPLY);
        var unmarked = single("i2", SITUATION, "Ask", "Explain", "Wait");
        var recall = cognitive(single("i3", RECALL, "Goals, tasks, bond", "Liking", "Advice"), Cognitive.REMEMBER);

        assertThat(of(course(quiz(applying, unmarked, recall)), ProblemCode.LESSON_APPLY_SHARE))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.path()).isEqualTo("lessons[l1]");
                    assertThat(f.params()).containsEntry("count", "1").containsEntry("total", "3");
                });
        var second = cognitive(unmarked, Cognitive.APPLY);
        assertThat(of(course(quiz(applying, second, recall)), ProblemCode.LESSON_APPLY_SHARE))
                .isEmpty();
    }
}
