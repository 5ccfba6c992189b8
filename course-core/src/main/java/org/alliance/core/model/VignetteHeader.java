package org.alliance.core.model;

import java.util.List;
import java.util.Optional;

/**
 * What every vignette has: identity, level, what it assesses, the (fictional) persona, the session
 * so far, the rubric dimensions it uses, the author's debrief and attempt settings. A vignette with
 * a content note may be skipped, and then counts as excused.
 */
public record VignetteHeader(
        String id,
        String title,
        Level level,
        List<String> objectives,
        List<String> concepts,
        Optional<String> contentNote,
        Persona persona,
        String context,
        List<String> dimensions,
        String commentary,
        VignetteSettings settings,
        @HashedWhenPresent Optional<Cognitive> cognitive,
        @HashedWhenPresent Optional<AuditAcceptance> audit) {

    public VignetteHeader {
        objectives = List.copyOf(objectives);
        concepts = List.copyOf(concepts);
        dimensions = List.copyOf(dimensions);
    }

    /** Without a cognitive level or accepted audit warnings. */
    public VignetteHeader(
            String id,
            String title,
            Level level,
            List<String> objectives,
            List<String> concepts,
            Optional<String> contentNote,
            Persona persona,
            String context,
            List<String> dimensions,
            String commentary,
            VignetteSettings settings) {
        this(
                id,
                title,
                level,
                objectives,
                concepts,
                contentNote,
                persona,
                context,
                dimensions,
                commentary,
                settings,
                Optional.empty(),
                Optional.empty());
    }
}
