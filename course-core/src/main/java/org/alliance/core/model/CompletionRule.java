package org.alliance.core.model;

/** What a student must do for the course to count as complete. */
public record CompletionRule(LessonsRead lessonsRead, ActivitiesRequired activities) {

    public static CompletionRule defaults() {
        return new CompletionRule(LessonsRead.ALL, ActivitiesRequired.GRADED);
    }

    /** Which lessons must be read. */
    public enum LessonsRead {
        ALL,
        NONE
    }

    /** Which activities must be done; reflections count only for ALL. */
    public enum ActivitiesRequired {
        ALL,
        GRADED,
        NONE
    }
}
