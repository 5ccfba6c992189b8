package org.alliance.core.grading;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What {@link ActivityStatusRule} needs to know of one attempt, whoever reads it (the student's own pages or
 * a teacher's gradebook): plain facts, no judgement.
 *
 * @param finishedAt when it was submitted or finished; null while it is open
 * @param excused the student skipped the activity for its content note
 * @param answerForRaters it holds a free-text answer, which only a person can score
 * @param score its score fraction 0..1, if it has one (a free-text answer has one once its grade is released)
 */
public record AttemptFact(
        @Nullable Instant finishedAt,
        boolean excused,
        boolean answerForRaters,
        @Nullable Double score) {

    /** An attempt begun and not finished. */
    public static AttemptFact open() {
        return new AttemptFact(null, false, false, null);
    }

    /** A quiz attempt: open until submitted, then scored. */
    public static AttemptFact quiz(@Nullable Instant submittedAt, @Nullable Double score) {
        return new AttemptFact(submittedAt, false, false, score);
    }

    /** A saved reflection answer (reflections have no attempts: an answer is done once it is not blank). */
    public static AttemptFact reflection(Instant savedAt) {
        return new AttemptFact(savedAt, false, false, null);
    }

    /**
     * A drill practised: {@code firstPractisedAt} is when the student first finished a statement of it (a drill has
     * no score, and one statement practised makes it done).
     */
    public static AttemptFact drill(Instant firstPractisedAt) {
        return new AttemptFact(firstPractisedAt, false, false, null);
    }

    /** An activity skipped for its content note (a vignette or a drill that has one). */
    public static AttemptFact skipped(Instant skippedAt) {
        return new AttemptFact(skippedAt, true, false, null);
    }

    public boolean finished() {
        return finishedAt != null;
    }
}
