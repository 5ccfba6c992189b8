package org.alliance.core.audit;

import static org.alliance.core.audit.AuditFixtures.course;
import static org.alliance.core.audit.AuditFixtures.interactive;
import static org.alliance.core.audit.AuditFixtures.of;
import static org.alliance.core.audit.AuditFixtures.quiz;
import static org.alliance.core.audit.AuditFixtures.single;
import static org.alliance.core.audit.AuditFixtures.statement;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.alliance.core.model.Item;
import org.alliance.core.model.QuizSettings;
import org.alliance.core.validation.ProblemCode;
import org.junit.jupiter.api.Test;

class KeySharesTest {

    private static Item longestKey(String id) {
        return single(id, "Question " + id + "?", "The slightly longer key " + id, "Short one " + id, "Other " + id);
    }

    private static Item shortKey(String id) {
        return single(id, "Question " + id + "?", "Key " + id, "A longer wrong answer " + id, "Other " + id);
    }

    @Test
    void the_key_strictly_the_longest_in_more_than_35_percent_of_items_is_reported_per_quiz_and_course() {
        var course = course(quiz(longestKey("i1"), longestKey("i2"), shortKey("i3")));

        assertThat(of(course, ProblemCode.KEY_LONGEST_SHARE))
                .extracting(Finding::path)
                .containsExactlyInAnyOrder("quizzes[q1]", "course");
        assertThat(of(course, ProblemCode.KEY_LONGEST_SHARE).getFirst().params())
                .containsEntry("count", "2")
                .containsEntry("total", "3")
                .containsEntry("percent", "67");
    }

    @Test
    void the_key_the_longest_in_a_third_of_items_passes() {
        var course = course(quiz(longestKey("i1"), shortKey("i2"), shortKey("i3")));

        assertThat(of(course, ProblemCode.KEY_LONGEST_SHARE)).isEmpty();
    }

    @Test
    void true_false_keys_outside_35_to_65_percent_true_are_reported_from_six_statements_up() {
        List<Item> mostlyFalse = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            mostlyFalse.add(statement("i" + i, "Statement number " + i + " about ruptures.", i == 1));
        }
        assertThat(of(course(quiz(mostlyFalse.toArray(Item[]::new))), ProblemCode.TRUE_FALSE_BALANCE))
                .singleElement()
                .satisfies(
                        f -> assertThat(f.params()).containsEntry("count", "1").containsEntry("majority", "false"));

        List<Item> balanced = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            balanced.add(statement("i" + i, "Statement number " + i + " about ruptures.", i % 2 == 0));
        }
        assertThat(of(course(quiz(balanced.toArray(Item[]::new))), ProblemCode.TRUE_FALSE_BALANCE))
                .isEmpty();
        assertThat(of(course(quiz(mostlyFalse.subList(0, 5).toArray(Item[]::new))), ProblemCode.TRUE_FALSE_BALANCE))
                .as("five statements are too few to judge")
                .isEmpty();
    }

    @Test
    void with_shuffling_off_the_key_written_first_in_most_items_is_reported() {
        QuizSettings unshuffled = interactive(1, 0, false);
        var firsts = course(quiz(unshuffled, shortKey("i1"), shortKey("i2"), shortKey("i3")));

        assertThat(of(firsts, ProblemCode.KEY_POSITION)).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("quizzes[q1].settings.shuffle");
            assertThat(f.params()).containsEntry("position", "1").containsEntry("count", "3");
        });
        assertThat(of(
                        course(quiz(interactive(1, 0, true), shortKey("i1"), shortKey("i2"), shortKey("i3"))),
                        ProblemCode.KEY_POSITION))
                .as("shuffled")
                .isEmpty();
    }
}
