package org.alliance.core.scoring.branching;

import static org.alliance.core.scoring.branching.SampleBranching.choice;
import static org.alliance.core.scoring.branching.SampleBranching.requiring;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.alliance.core.model.Branch;
import org.alliance.core.model.Choice;
import org.alliance.core.model.Node;
import org.junit.jupiter.api.Test;

/** The best choice a review shows at a turn: the best the meter allowed there, not the best on paper. */
class BestAvailableChoiceTest {
    private static final List<Branch> END = List.of(Branch.to("end"));

    private static Node node(Choice... choices) {
        return new Node("n", "Client line", Optional.empty(), List.of(choices));
    }

    @Test
    void the_highest_rated_choice_is_the_best() {
        var node = node(choice("a", 2, 0, END), choice("b", 5, 0, END), choice("c", 3, 0, END));
        assertThat(BranchingPlayer.bestAvailable(node, 50)).map(Choice::id).hasValue("b");
    }

    @Test
    void a_choice_the_meter_hides_is_never_the_best() {
        var node = node(choice("a", 3, 0, END), requiring(choice("b", 5, 0, END), 70), choice("c", 4, 0, END));
        assertThat(BranchingPlayer.bestAvailable(node, 69)).map(Choice::id).hasValue("c");
        assertThat(BranchingPlayer.bestAvailable(node, 70)).map(Choice::id).hasValue("b");
    }

    @Test
    void on_a_tie_the_first_in_the_authors_order_wins() {
        var node = node(choice("a", 2, 0, END), choice("b", 4, 0, END), choice("c", 4, 0, END));
        assertThat(BranchingPlayer.bestAvailable(node, 50)).map(Choice::id).hasValue("b");
    }

    @Test
    void a_node_whose_every_choice_is_hidden_has_no_best() {
        var node = node(requiring(choice("a", 5, 0, END), 90));
        assertThat(BranchingPlayer.bestAvailable(node, 50)).isEmpty();
    }
}
