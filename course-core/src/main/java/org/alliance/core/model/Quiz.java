package org.alliance.core.model;

import java.util.List;
import java.util.Optional;

/** A quiz: settings plus items in order. */
public record Quiz(
        String id,
        String title,
        QuizSettings settings,
        List<Item> items,
        @HashedWhenPresent Optional<AuditAcceptance> audit)
        implements Activity {

    public Quiz {
        items = List.copyOf(items);
    }

    /** Without accepted audit warnings. */
    public Quiz(String id, String title, QuizSettings settings, List<Item> items) {
        this(id, title, settings, items, Optional.empty());
    }

    @Override
    public ActivityKind kind() {
        return ActivityKind.QUIZ;
    }
}
