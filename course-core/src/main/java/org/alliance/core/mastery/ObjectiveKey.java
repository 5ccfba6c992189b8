package org.alliance.core.mastery;

import java.util.Comparator;

/** An objective is only unique within its course, so it is keyed by both. */
public record ObjectiveKey(String courseId, String objectiveId) implements Comparable<ObjectiveKey> {

    private static final Comparator<ObjectiveKey> ORDER =
            Comparator.comparing(ObjectiveKey::courseId).thenComparing(ObjectiveKey::objectiveId);

    @Override
    public int compareTo(ObjectiveKey other) {
        return ORDER.compare(this, other);
    }
}
