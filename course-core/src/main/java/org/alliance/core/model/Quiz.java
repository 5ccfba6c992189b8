package org.alliance.core.model;

import java.util.List;

/** A quiz: settings plus items in order. */
public record Quiz(String id, String title, QuizSettings settings, List<Item> items) implements Activity {

    public Quiz {
        items = List.copyOf(items);
    }

    @Override
    public ActivityKind kind() {
        return ActivityKind.QUIZ;
    }
}
