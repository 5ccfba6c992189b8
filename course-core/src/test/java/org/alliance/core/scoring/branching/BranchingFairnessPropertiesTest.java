package org.alliance.core.scoring.branching;

import static org.alliance.core.scoring.SampleItems.SCALE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.alliance.core.audit.Audit;
import org.alliance.core.model.Branch;
import org.alliance.core.model.BranchingVignette;
import org.alliance.core.model.Choice;
import org.alliance.core.model.Course;
import org.alliance.core.model.Dimension;
import org.alliance.core.model.Ending;
import org.alliance.core.model.GradingPolicy;
import org.alliance.core.model.Lesson;
import org.alliance.core.model.Node;
import org.alliance.core.model.Objective;
import org.alliance.core.model.Ratings;
import org.alliance.core.model.Rubric;
import org.alliance.core.validation.ProblemCode;
import org.junit.jupiter.api.Test;

/**
 * The fair path score over seeded random branching graphs (a seeded generator, up to 3,000 graphs
 * per property): a walk with a misstep never ties the best clean walk in any graph the audit accepts, the
 * audit accepts every graph whose clean walk is rated at the top and reaches the best bonus, and a
 * repair always earns more than no repair.
 */
class BranchingFairnessPropertiesTest {

    private static final int GRAPHS = 3_000;

    /** Every finished walk with its score from the player, which knows nothing of the audit. */
    private record Scored(List<String> path, boolean misstep, boolean safety, double score) {}

    private static List<Scored> walks(BranchingVignette v) {
        List<Scored> all = new ArrayList<>();
        Walks.visit(v, SCALE, walk -> {
            var replay = (Replay.Finished) BranchingPlayer.replay(v, walk.path(), SCALE);
            all.add(new Scored(
                    walk.path(),
                    walk.taken().stream().anyMatch(Taken::misstep),
                    walk.taken().stream().anyMatch(Taken::safety),
                    replay.score().score()));
        });
        return all;
    }

    private static List<ProblemCode> fairnessErrors(BranchingVignette v) {
        return Audit.of(course(v)).stream()
                .map(f -> f.code())
                .filter(c -> c == ProblemCode.NO_CLEAN_PATH || c == ProblemCode.MISSTEP_TIES_CLEAN)
                .toList();
    }

    @Test
    void in_every_graph_the_audit_accepts_a_misstep_walk_scores_below_the_best_clean_walk_which_scores_one() {
        int accepted = 0;
        for (long seed = 0; seed < GRAPHS; seed++) {
            var v = RandomBranching.vignette(new Random(seed));
            if (!fairnessErrors(v).isEmpty()) {
                continue;
            }
            accepted++;
            var walks = walks(v);
            double bestClean = walks.stream()
                    .filter(w -> !w.misstep() && !w.safety())
                    .mapToDouble(Scored::score)
                    .max()
                    .orElseThrow();
            assertThat(bestClean).as("seed %d: the best clean walk", seed).isEqualTo(1.0);
            for (Scored w : walks) {
                if (w.misstep()) {
                    assertThat(w.score())
                            .as("seed %d: walk %s has a misstep", seed, w.path())
                            .isLessThan(1.0);
                }
            }
        }
        // Not vacuous: most random graphs are fair, and the property held for each of them.
        assertThat(accepted).isGreaterThan(GRAPHS / 4);
    }

    @Test
    void the_audit_rejects_a_graph_exactly_when_a_misstep_walk_would_tie_or_no_clean_walk_exists() {
        for (long seed = 0; seed < GRAPHS; seed++) {
            var v = RandomBranching.vignette(new Random(seed));
            var walks = walks(v);
            double bestCleanScore = walks.stream()
                    .filter(w -> !w.misstep() && !w.safety())
                    .mapToDouble(Scored::score)
                    .max()
                    .orElse(-1);
            boolean tie = walks.stream().anyMatch(w -> w.misstep() && !w.safety() && w.score() >= 1.0);
            boolean unfair = bestCleanScore < 0 || tie;
            assertThat(!fairnessErrors(v).isEmpty()).as("seed %d", seed).isEqualTo(unfair);
        }
    }

    @Test
    void a_graph_whose_top_rated_clean_walk_reaches_the_best_bonus_is_always_fair() {
        // A third as many graphs: the added chain multiplies their walks.
        for (long seed = 0; seed < GRAPHS / 3; seed++) {
            var v = withPerfectChain(RandomBranching.vignette(new Random(seed)));
            assertThat(fairnessErrors(v)).as("seed %d", seed).isEmpty();
            assertThat(walks(v).stream().filter(Scored::misstep))
                    .as("seed %d", seed)
                    .allSatisfy(w -> assertThat(w.score()).isLessThan(1.0));
        }
    }

    @Test
    void a_repair_always_earns_more_than_the_same_walk_without_it() {
        int repaired = 0;
        for (long seed = 0; seed < GRAPHS; seed++) {
            var v = RandomBranching.vignette(new Random(seed));
            List<PathTotal[]> pairs = new ArrayList<>();
            Walks.visit(v, SCALE, walk -> {
                var without = walk.taken().stream()
                        .map(t -> new Taken(
                                t.nodeId(), t.choiceId(), t.score(), t.misstep(), false, t.safety(), t.meterChange()))
                        .toList();
                pairs.add(new PathTotal[] {walk.total(), PathTotal.of(without, walk.ending())});
            });
            for (PathTotal[] pair : pairs) {
                if (pair[0].repairs() > 0) {
                    repaired++;
                    assertThat(pair[0].total()).as("seed %d", seed).isGreaterThan(pair[1].total());
                }
            }
        }
        assertThat(repaired).isGreaterThan(GRAPHS / 10);
    }

    /**
     * The graph with a chain of clean, top-rated, ungated choices from the start through every node to
     * the ending with the highest bonus (added as each node's first choice).
     */
    private static BranchingVignette withPerfectChain(BranchingVignette v) {
        Ending best = v.endings().stream()
                .max(Comparator.comparingDouble(Ending::bonus))
                .orElseThrow();
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < v.nodes().size(); i++) {
            Node n = v.nodes().get(i);
            String next = i + 1 < v.nodes().size() ? v.nodes().get(i + 1).id() : best.id();
            List<Choice> choices = new ArrayList<>();
            choices.add(new Choice(
                    "clean",
                    "t",
                    Ratings.byAuthor(Map.of("d1", 5, "d2", 5)),
                    "f",
                    Optional.empty(),
                    0,
                    false,
                    false,
                    Optional.empty(),
                    List.of(Branch.to(next))));
            choices.addAll(n.choices());
            nodes.add(new Node(n.id(), n.client(), n.cue(), choices));
        }
        return new BranchingVignette(v.header(), v.start(), v.alliance(), nodes, v.endings());
    }

    private static Course course(BranchingVignette v) {
        var anchors = Map.of(1, "a", 2, "b", 3, "c", 4, "d", 5, "e");
        var lesson = new Lesson("l1", "L", 1, List.of(new Objective("o1", "O")), List.of(), "", List.of(v));
        return new Course(
                "c",
                "C",
                "",
                "",
                "en",
                List.of(),
                "",
                List.of(),
                "",
                "",
                List.of(lesson),
                new Rubric(
                        SCALE, List.of(new Dimension("d1", "D1", "", anchors), new Dimension("d2", "D2", "", anchors))),
                GradingPolicy.defaults(),
                List.of(),
                List.of());
    }
}
