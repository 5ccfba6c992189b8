package org.alliance.core.scoring.branching;

import java.util.List;

/**
 * The best and worst scores any walk through a branching vignette can reach, computed from the
 * graph and the meter, never typed in.
 *
 * @param best highest score of any finished walk
 * @param worst lowest score of any finished walk
 * @param bestPath a path (choice ids) reaching {@code best}
 * @param worstPath a path reaching {@code worst}
 * @param walks how many distinct finished walks exist
 * @param stuckWalks walks that reach a node where the meter leaves no choice, or a choice with no
 *     applicable branch: broken content the author should fix
 */
public record ScoreRange(
        double best, double worst, List<String> bestPath, List<String> worstPath, long walks, long stuckWalks) {

    public ScoreRange {
        bestPath = List.copyOf(bestPath);
        worstPath = List.copyOf(worstPath);
    }
}
