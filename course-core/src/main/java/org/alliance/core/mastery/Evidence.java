package org.alliance.core.mastery;

import java.time.Instant;
import java.util.Set;
import org.alliance.core.model.Item;
import org.alliance.core.model.Vignette;

/**
 * One scored answer to one item or vignette, with what it is tagged with.
 *
 * @param courseId the course the item or vignette belongs to
 * @param sourceId the item or vignette id (stable across course versions)
 * @param concepts concept ids the item assesses (meaningful across courses)
 * @param objectives objective ids the item assesses (meaningful within its course)
 * @param score score fraction 0..1
 * @param scoredAt when it was scored; only the latest score per item counts
 */
public record Evidence(
        String courseId,
        String sourceId,
        Set<String> concepts,
        Set<String> objectives,
        double score,
        Instant scoredAt) {

    public Evidence {
        concepts = Set.copyOf(concepts);
        objectives = Set.copyOf(objectives);
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score fraction outside 0..1: " + score);
        }
    }

    /** A quiz item's score, tagged as the item is. */
    public static Evidence of(String courseId, Item item, double score, Instant scoredAt) {
        return new Evidence(
                courseId, item.id(), Set.copyOf(item.concepts()), Set.copyOf(item.objectives()), score, scoredAt);
    }

    /** A vignette's score, tagged as the vignette is. */
    public static Evidence of(String courseId, Vignette vignette, double score, Instant scoredAt) {
        return new Evidence(
                courseId,
                vignette.id(),
                Set.copyOf(vignette.concepts()),
                Set.copyOf(vignette.objectives()),
                score,
                scoredAt);
    }
}
