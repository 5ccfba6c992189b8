package org.alliance.core.scoring.branching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which later step repaired which misstep: the pairing a review names and repair credit pays for. */
class RepairPairingTest {

    private static Taken misstep(String node) {
        return new Taken(node, "x", 0.25, true, false, false, -10);
    }

    private static Taken repair(String node) {
        return new Taken(node, "r", 1.0, false, true, false, 20);
    }

    private static Taken plain(String node) {
        return new Taken(node, "p", 0.75, false, false, false, 5);
    }

    @Test
    void a_repair_mends_the_most_recent_open_misstep_and_the_next_repair_the_one_before() {
        var path = List.of(misstep("n1"), misstep("n2"), repair("n3"), plain("n4"), repair("n5"));
        assertThat(RepairCredit.repairedBy(path)).containsExactly(4, 2, -1, -1, -1);
        assertThat(RepairCredit.repaired(path)).isEqualTo(2);
    }

    @Test
    void a_repair_with_no_misstep_before_it_mends_nothing_and_a_later_misstep_stays_open() {
        var path = List.of(repair("n1"), plain("n2"), misstep("n3"));
        assertThat(RepairCredit.repairedBy(path)).containsExactly(-1, -1, -1);
        assertThat(RepairCredit.repaired(path)).isZero();
    }

    @Test
    void credit_goes_to_the_repaired_misstep_only() {
        var path = List.of(misstep("n1"), repair("n2"), misstep("n3"));
        double[] credited = RepairCredit.credited(path);
        assertThat(credited[0]).isEqualTo(0.25 + RepairCredit.SHARE * 0.75);
        assertThat(credited[1]).isEqualTo(1.0);
        assertThat(credited[2]).isEqualTo(0.25);
    }
}
