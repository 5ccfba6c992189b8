package org.alliance.core.format;

import java.util.List;
import java.util.Optional;
import org.alliance.core.model.AuditAcceptance;
import org.alliance.core.model.Objective;

/** A lesson as its file holds it: activities are still ids, resolved when the course is assembled. */
record LessonFile(
        String id,
        String title,
        int minutes,
        List<Objective> objectives,
        List<String> concepts,
        String body,
        List<String> activityIds,
        Optional<AuditAcceptance> audit) {}
