package org.alliance.core.scoring.branching;

import java.util.List;
import org.alliance.core.model.Ending;
import org.alliance.core.model.Outcome;

/**
 * The score of a finished walk under the fair path rule ({@link BranchingFairness}).
 *
 * @param score total / normaliser within 0..1: 1 for the best clean walk, below 1 for any walk with a
 *     misstep in a graph the audit accepts; 0 when safety-flagged
 * @param nodeScores each node's score after repair credit, in path order
 * @param meanNodeScore the mean of {@code nodeScores}
 * @param bonus the ending's bonus
 * @param total {@code meanNodeScore + bonus}, before normalising
 * @param normaliser the best clean walk's total, which {@code total} is divided by
 * @param repairs how many missteps were repaired
 * @param safetyFlagged a harmful choice was taken: the score is capped at 0 and the attempt flagged
 * @param endingId the ending reached
 * @param outcome the ending's outcome
 */
public record BranchingScore(
        double score,
        List<Double> nodeScores,
        double meanNodeScore,
        double bonus,
        double total,
        double normaliser,
        int repairs,
        boolean safetyFlagged,
        String endingId,
        Outcome outcome) {

    public BranchingScore {
        nodeScores = List.copyOf(nodeScores);
    }

    static BranchingScore of(List<Taken> path, Ending ending, BranchingFairness fairness) {
        var total = PathTotal.of(path, ending);
        double score = total.safety() ? 0 : fairness.score(total.total());
        return new BranchingScore(
                score,
                total.nodeScores(),
                total.meanNodeScore(),
                total.bonus(),
                total.total(),
                fairness.normaliser(),
                total.repairs(),
                total.safety(),
                ending.id(),
                ending.outcome());
    }
}
