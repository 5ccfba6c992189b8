package org.alliance.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisplayOrderTest {

    private static final List<String> OPTIONS = List.of("a", "b", "c", "d", "e");

    @Test
    void the_same_attempt_and_item_always_get_the_same_order() {
        assertThat(DisplayOrder.shuffle(OPTIONS, 12345L, "q2-i1"))
                .isEqualTo(DisplayOrder.shuffle(OPTIONS, 12345L, "q2-i1"))
                .containsExactlyInAnyOrderElementsOf(OPTIONS);
    }

    @Test
    void different_attempts_and_items_see_different_orders() {
        var orders = new HashSet<List<String>>();
        for (long seed = 0; seed < 50; seed++) {
            orders.add(DisplayOrder.shuffle(OPTIONS, seed, "q2-i1"));
            orders.add(DisplayOrder.shuffle(OPTIONS, 7, "q2-i" + seed));
        }
        // 120 orders exist; a fair shuffle over 100 draws meets well over half of them.
        assertThat(orders.size()).isGreaterThan(40);
    }

    @Test
    void the_order_is_fixed_across_versions() {
        // Pinned so that a change of algorithm, which would reshuffle attempts in progress, is noticed.
        assertThat(DisplayOrder.shuffle(OPTIONS, 42L, "q2-i1")).containsExactly("e", "b", "a", "c", "d");
    }

    @Test
    void an_ordering_item_never_starts_in_its_correct_order() {
        var key = List.of("s1", "s2");
        for (long seed = 0; seed < 200; seed++) {
            assertThat(DisplayOrder.shuffleAwayFromKey(key, seed, "q2-i5")).isEqualTo(List.of("s2", "s1"));
        }
    }
}
