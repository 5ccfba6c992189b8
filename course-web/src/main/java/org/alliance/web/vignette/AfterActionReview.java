package org.alliance.web.vignette;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.alliance.core.model.Outcome;
import org.alliance.core.model.Persona;

/**
 * The after-action review of a submitted branching attempt: each turn of the path with the meter before and after,
 * the ratings of the choice and of the others the meter allowed, the best of those, and each misstep with the
 * repair that followed, if any. Built only for an attempt that has ended, so nothing in it can help one in play.
 *
 * @param attemptId the attempt's public id
 * @param meterCourse the meter at the start and after each turn, so {@code turns.size() + 1} values
 * @param mayPractise whether the reader may replay from a turn: the attempt's owner, never staff reading it
 */
public record AfterActionReview(
        String attemptId,
        String courseId,
        String vignetteId,
        String title,
        Persona persona,
        Optional<Double> score,
        boolean safetyFlagged,
        List<TurnReview> turns,
        List<MisstepReview> missteps,
        List<Integer> meterCourse,
        int meterMin,
        int meterMax,
        Ending ending,
        boolean mayPractise) {

    public AfterActionReview {
        turns = List.copyOf(turns);
        missteps = List.copyOf(missteps);
        meterCourse = List.copyOf(meterCourse);
    }

    /** One rating of a choice, on a rubric dimension named as the course names it. */
    public record DimensionRating(String dimensionId, String name, double rating) {}

    /**
     * A choice as the review shows it.
     *
     * @param mean the mean over dimensions of its rating (the author's, or the panel's mean)
     * @param misstep rated below the scale's midpoint on some dimension
     */
    public record ChoiceReview(
            String id,
            String text,
            List<DimensionRating> ratings,
            double mean,
            String feedback,
            boolean misstep,
            boolean safety,
            boolean repairs) {

        public ChoiceReview {
            ratings = List.copyOf(ratings);
        }
    }

    /**
     * One turn of the path, numbered from 1.
     *
     * @param others the other choices the meter allowed at this turn, in the author's order
     * @param best the best choice the meter allowed (highest mean rating; the first on a tie)
     * @param repaired the turn mended an earlier misstep
     */
    public record TurnReview(
            int number,
            String nodeId,
            String client,
            Optional<String> cue,
            ChoiceReview chosen,
            int meterBefore,
            int meterAfter,
            List<ChoiceReview> others,
            Optional<ChoiceReview> best,
            boolean misstep,
            boolean safety,
            boolean repaired) {

        public TurnReview {
            others = List.copyOf(others);
        }

        /** The student took the best choice the meter allowed (or one rated as high). */
        public boolean tookTheBest() {
            return best.map(b -> b.id().equals(chosen.id()) || b.mean() <= chosen.mean() + 1e-9)
                    .orElse(true);
        }
    }

    /** A misstep and the repair that followed it ({@code repairedAt} the turn), or none. */
    public record MisstepReview(int turn, String choiceText, OptionalInt repairedAt, Optional<String> repairText) {}

    /** Where the path ended. */
    public record Ending(String id, Outcome outcome, String client, String summary) {}
}
