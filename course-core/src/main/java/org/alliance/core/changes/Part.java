package org.alliance.core.changes;

/** The parts of a course an author recognises, in the order a summary lists them. */
public enum Part {
    /** course.yaml's own settings: title, texts, authors, licence, grading, the order of lessons. */
    COURSE,
    RUBRIC,
    LESSON,
    QUIZ,
    /** A quiz item; its quiz is named in {@link Change#within()}. */
    ITEM,
    VIGNETTE,
    REFLECTION,
    DRILL,
    CONCEPT,
    REFERENCE
}
