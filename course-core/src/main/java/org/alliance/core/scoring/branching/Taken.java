package org.alliance.core.scoring.branching;

/**
 * One choice taken on a path.
 *
 * @param nodeId where it was taken
 * @param choiceId which choice
 * @param score the node score, (mean rating − 1) / 4 on a 1..5 scale
 * @param misstep the choice is rated below the scale's midpoint on some dimension ({@link Misstep})
 * @param repairs the author marked the choice as a repair move
 * @param safety the author marked the choice as harmful
 * @param meterChange how far the meter actually moved, after clamping to its bounds
 */
public record Taken(
        String nodeId,
        String choiceId,
        double score,
        boolean misstep,
        boolean repairs,
        boolean safety,
        int meterChange) {}
