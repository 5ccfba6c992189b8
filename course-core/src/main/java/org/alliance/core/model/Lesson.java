package org.alliance.core.model;

import java.util.List;
import java.util.Optional;

/** A lesson: Markdown body, objectives, the concepts it teaches, and its activities in order. */
public record Lesson(
        String id,
        String title,
        int minutes,
        List<Objective> objectives,
        List<String> concepts,
        String body,
        List<Activity> activities,
        @HashedWhenPresent Optional<AuditAcceptance> audit) {

    public Lesson {
        objectives = List.copyOf(objectives);
        concepts = List.copyOf(concepts);
        activities = List.copyOf(activities);
    }

    /** Without accepted audit warnings. */
    public Lesson(
            String id,
            String title,
            int minutes,
            List<Objective> objectives,
            List<String> concepts,
            String body,
            List<Activity> activities) {
        this(id, title, minutes, objectives, concepts, body, activities, Optional.empty());
    }
}
