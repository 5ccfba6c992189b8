package org.alliance.core.scoring.branching;

import java.util.ArrayDeque;
import java.util.List;

/**
 * Credit for repairing after a misstep, since repaired ruptures predict good outcomes.
 *
 * <p>A misstep is a choice rated below the scale's midpoint on any dimension ({@link Misstep}). A
 * later choice marked {@code repairs} repairs the most recent misstep not yet repaired: that
 * misstep's node score is raised by {@link #SHARE} of what it lost, s ← s + SHARE × (1 − s). One
 * repair move repairs one misstep; a repair with no open misstep earns nothing extra (it is still
 * scored as a node like any other). A repaired misstep still scores below 1, so it still costs.
 */
public final class RepairCredit {

    /** Share of a misstep's lost credit that a later repair restores. */
    public static final double SHARE = 0.5;

    private RepairCredit() {}

    /** Node scores after repair credit, in path order. */
    public static double[] credited(List<Taken> path) {
        var scores = new double[path.size()];
        var open = new ArrayDeque<Integer>();
        for (int i = 0; i < path.size(); i++) {
            var step = path.get(i);
            scores[i] = step.score();
            if (step.repairs() && !open.isEmpty()) {
                int misstep = open.pop();
                scores[misstep] += SHARE * (1 - scores[misstep]);
            }
            if (step.misstep()) {
                open.push(i);
            }
        }
        return scores;
    }

    /** How many missteps on the path were repaired. */
    public static int repaired(List<Taken> path) {
        int open = 0;
        int repaired = 0;
        for (var step : path) {
            if (step.repairs() && open > 0) {
                open--;
                repaired++;
            }
            if (step.misstep()) {
                open++;
            }
        }
        return repaired;
    }
}
