package org.alliance.core.scoring.branching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.alliance.core.model.AllianceMeter;
import org.alliance.core.model.Branch;
import org.alliance.core.model.BranchingVignette;
import org.alliance.core.model.Choice;
import org.alliance.core.model.Ending;
import org.alliance.core.model.MeterCondition;
import org.alliance.core.model.Node;
import org.alliance.core.model.Outcome;
import org.alliance.core.model.Ratings;
import org.alliance.core.scoring.SampleItems;
import org.alliance.core.scoring.SampleVignettes;

/**
 * Seeded random branching vignettes: nodes in topological order, each choice leading only to later
 * nodes or to endings (so the graph is a DAG), with meter gates, conditional branches, repairs and
 * safety choices. Every node keeps one ungated choice whose last branch is unconditional, so no walk
 * gets stuck.
 */
final class RandomBranching {

    private RandomBranching() {}

    static BranchingVignette vignette(Random random) {
        int nodes = 1 + random.nextInt(6);
        int endings = 1 + random.nextInt(3);
        var endingList = new ArrayList<Ending>();
        for (int e = 0; e < endings; e++) {
            endingList.add(
                    new Ending("e" + e, "bye", Outcome.values()[random.nextInt(4)], random.nextInt(5) * 0.05, ""));
        }
        var nodeList = new ArrayList<Node>();
        for (int n = 0; n < nodes; n++) {
            int choices = 1 + random.nextInt(3);
            var choiceList = new ArrayList<Choice>();
            for (int c = 0; c < choices; c++) {
                boolean open = c == 0;
                var next = new ArrayList<Branch>();
                if (random.nextBoolean()) {
                    next.add(new Branch(
                            Optional.of(new MeterCondition(Optional.empty(), Optional.of(random.nextInt(101)))),
                            target(random, n, nodes, endings)));
                }
                next.add(Branch.to(target(random, n, nodes, endings)));
                int rating = 1 + random.nextInt(5);
                choiceList.add(new Choice(
                        "c" + c,
                        "t",
                        Ratings.byAuthor(Map.of("d1", rating, "d2", 1 + random.nextInt(5))),
                        "f",
                        Optional.empty(),
                        random.nextInt(61) - 30,
                        random.nextInt(3) == 0,
                        random.nextInt(8) == 0,
                        open || random.nextBoolean()
                                ? Optional.empty()
                                : Optional.of(new MeterCondition(Optional.of(random.nextInt(101)), Optional.empty())),
                        next));
            }
            nodeList.add(new Node("n" + n, "line", Optional.empty(), choiceList));
        }
        return new BranchingVignette(
                SampleVignettes.header("v-random", Optional.empty()),
                "n0",
                new AllianceMeter(random.nextInt(101), 0, 100),
                nodeList,
                endingList);
    }

    private static String target(Random random, int from, int nodes, int endings) {
        int later = nodes - from - 1;
        if (later > 0 && random.nextInt(3) > 0) {
            return "n" + (from + 1 + random.nextInt(later));
        }
        return "e" + random.nextInt(endings);
    }

    /** A random walk to an ending, taking any available choice. */
    static List<String> walk(BranchingVignette vignette, Random random) {
        var path = new ArrayList<String>();
        var opening = BranchingPlayer.start(vignette);
        var available = opening.available();
        while (true) {
            var choice = available.get(random.nextInt(available.size()));
            var step = BranchingPlayer.step(vignette, path, choice.id(), SampleItems.SCALE);
            path.add(choice.id());
            switch (step) {
                case StepResult.Continued next -> available = next.available();
                case StepResult.Ended ended -> {
                    return path;
                }
                case StepResult.Rejected rejected -> throw new AssertionError(rejected.toString());
            }
        }
    }
}
