package org.alliance.core.mastery;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One student's mastery per concept (across all courses, by concept id) and per objective, both
 * sorted by id.
 * Each item counts once, with its latest score, so retrying an item replaces rather than
 * averages in the earlier answer.
 */
public record MasteryProfile(Map<String, Mastery> concepts, Map<ObjectiveKey, Mastery> objectives) {

    public MasteryProfile {
        concepts = Collections.unmodifiableMap(new TreeMap<>(concepts));
        objectives = Collections.unmodifiableMap(new TreeMap<>(objectives));
    }

    public Optional<Mastery> concept(String conceptId) {
        return Optional.ofNullable(concepts.get(conceptId));
    }

    public Optional<Mastery> objective(String courseId, String objectiveId) {
        return Optional.ofNullable(objectives.get(new ObjectiveKey(courseId, objectiveId)));
    }

    /** Builds the profile; of two scores of one item at the same instant the later in the list wins. */
    public static MasteryProfile of(Collection<Evidence> evidence) {
        var latest = new LinkedHashMap<List<String>, Evidence>();
        for (var next : evidence) {
            latest.merge(
                    List.of(next.courseId(), next.sourceId()),
                    next,
                    (kept, candidate) -> candidate.scoredAt().isBefore(kept.scoredAt()) ? kept : candidate);
        }
        var conceptSums = new TreeMap<String, double[]>();
        var objectiveSums = new TreeMap<ObjectiveKey, double[]>();
        for (var item : latest.values()) {
            for (var concept : item.concepts()) {
                add(conceptSums.computeIfAbsent(concept, c -> new double[2]), item.score());
            }
            for (var objective : item.objectives()) {
                add(
                        objectiveSums.computeIfAbsent(new ObjectiveKey(item.courseId(), objective), o -> new double[2]),
                        item.score());
            }
        }
        var concepts = new TreeMap<String, Mastery>();
        conceptSums.forEach((id, sum) -> concepts.put(id, mastery(sum)));
        var objectives = new TreeMap<ObjectiveKey, Mastery>();
        objectiveSums.forEach((id, sum) -> objectives.put(id, mastery(sum)));
        return new MasteryProfile(concepts, objectives);
    }

    private static void add(double[] sumAndCount, double score) {
        sumAndCount[0] += score;
        sumAndCount[1] += 1;
    }

    private static Mastery mastery(double[] sumAndCount) {
        return new Mastery(sumAndCount[0] / sumAndCount[1], (int) sumAndCount[1]);
    }
}
