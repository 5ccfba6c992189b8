package org.alliance.core.scoring.branching;

import java.util.ArrayList;
import java.util.List;
import org.alliance.core.model.Ending;
import org.alliance.core.model.Outcome;

/**
 * The score of a finished walk.
 *
 * @param score min(1, mean of credited node scores + ending bonus); 0 when safety-flagged
 * @param nodeScores each node's score after repair credit, in path order
 * @param meanNodeScore the mean of {@code nodeScores}
 * @param bonus the ending's bonus
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
        int repairs,
        boolean safetyFlagged,
        String endingId,
        Outcome outcome) {

    public BranchingScore {
        nodeScores = List.copyOf(nodeScores);
    }

    static BranchingScore of(List<Taken> path, Ending ending) {
        double[] credited = RepairCredit.credited(path);
        double sum = 0;
        var scores = new ArrayList<Double>(credited.length);
        for (double value : credited) {
            sum += value;
            scores.add(value);
        }
        double mean = credited.length == 0 ? 0 : sum / credited.length;
        boolean safety = path.stream().anyMatch(Taken::safety);
        double score = safety ? 0 : Math.clamp(mean + ending.bonus(), 0.0, 1.0);
        return new BranchingScore(
                score,
                scores,
                mean,
                ending.bonus(),
                RepairCredit.repaired(path),
                safety,
                ending.id(),
                ending.outcome());
    }
}
