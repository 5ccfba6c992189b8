package org.alliance.core.scoring.branching;

import java.util.ArrayList;
import java.util.List;
import org.alliance.core.model.Ending;

/**
 * A walk's score before normalising: the mean of its node scores after repair credit plus the
 * ending's bonus. It can exceed 1; the path score divides it by the best clean walk's total.
 *
 * @param nodeScores each node's score after repair credit, in path order
 * @param meanNodeScore the mean of {@code nodeScores}
 * @param bonus the ending's bonus
 * @param total {@code meanNodeScore + bonus}
 * @param repairs how many missteps were repaired
 * @param missteps how many choices on the walk were missteps
 * @param safety a choice marked {@code safety: true} was taken
 */
record PathTotal(
        List<Double> nodeScores,
        double meanNodeScore,
        double bonus,
        double total,
        int repairs,
        int missteps,
        boolean safety) {

    PathTotal {
        nodeScores = List.copyOf(nodeScores);
    }

    static PathTotal of(List<Taken> path, Ending ending) {
        double[] credited = RepairCredit.credited(path);
        double sum = 0;
        var scores = new ArrayList<Double>(credited.length);
        for (double value : credited) {
            sum += value;
            scores.add(value);
        }
        double mean = credited.length == 0 ? 0 : sum / credited.length;
        int missteps = (int) path.stream().filter(Taken::misstep).count();
        return new PathTotal(
                scores,
                mean,
                ending.bonus(),
                mean + ending.bonus(),
                RepairCredit.repaired(path),
                missteps,
                path.stream().anyMatch(Taken::safety));
    }

    /** No misstep and no safety choice. */
    boolean clean() {
        return missteps == 0 && !safety;
    }
}
