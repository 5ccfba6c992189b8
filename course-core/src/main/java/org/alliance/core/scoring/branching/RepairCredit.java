package org.alliance.core.scoring.branching;

import java.util.ArrayDeque;
import java.util.Arrays;
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
        int[] by = repairedBy(path);
        for (int i = 0; i < path.size(); i++) {
            scores[i] = path.get(i).score();
            if (by[i] >= 0) {
                scores[i] += SHARE * (1 - scores[i]);
            }
        }
        return scores;
    }

    /**
     * For each step of the path, the index of the later step that repaired it, or -1: a misstep left open, or a
     * step that was no misstep. The one pairing that credit, counts and a review that names repairs all use.
     */
    public static int[] repairedBy(List<Taken> path) {
        var by = new int[path.size()];
        Arrays.fill(by, -1);
        var open = new ArrayDeque<Integer>();
        for (int i = 0; i < path.size(); i++) {
            var step = path.get(i);
            if (step.repairs() && !open.isEmpty()) {
                by[open.pop()] = i;
            }
            if (step.misstep()) {
                open.push(i);
            }
        }
        return by;
    }

    /** How many missteps on the path were repaired. */
    public static int repaired(List<Taken> path) {
        return (int) Arrays.stream(repairedBy(path)).filter(by -> by >= 0).count();
    }
}
