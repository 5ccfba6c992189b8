package org.alliance.web.grading;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.alliance.web.vignette.FreeTextAnswers.Answer;

/** What the grading service gives teachers' views. Raters' names appear here only, never to students. */
public final class GradingViews {
    private GradingViews() {}

    /** One answer in the queue. */
    public record Entry(
            String publicId,
            String student,
            String vignetteTitle,
            Instant submittedAt,
            GradingStatus status,
            int ratings,
            Optional<Double> score) {}

    /** The queue of a course: counts per status and every answer, oldest first. */
    public record Queue(String courseId, Map<GradingStatus, Integer> counts, List<Entry> entries) {}

    /** A rating as it stands, with the versions its rater revised away, oldest first (kept for the record). */
    public record RatingView(
            RatingKind kind,
            String rater,
            Instant ratedAt,
            Map<String, Integer> ratings,
            boolean safetyConcern,
            String comment,
            List<RevisionView> earlier) {}

    public record RevisionView(Instant ratedAt, Map<String, Integer> ratings, boolean safetyConcern, String comment) {}

    public record AuditView(
            String actor,
            Instant at,
            AuditAction action,
            Optional<Double> oldScore,
            Optional<Double> newScore,
            Optional<String> reason) {}

    /**
     * Agreement of first and second raters over every doubly-rated answer to one vignette in the course, each
     * rating as first filed (before any revision).
     */
    public record Agreement(
            int answers,
            int ratedUnits,
            OptionalDouble icc21,
            OptionalDouble quadraticKappa,
            Map<String, OptionalDouble> iccByDimension) {
        static final Agreement NONE = new Agreement(0, 0, OptionalDouble.empty(), OptionalDouble.empty(), Map.of());
    }

    /** What the viewer may do besides rating: release, override a released grade, add a rater to resolve. */
    public record Powers(boolean release, boolean override, boolean addRater) {}

    public record Released(
            double score,
            Map<String, Double> ratings,
            boolean safetyFlagged,
            String comment,
            String releasedBy,
            Instant releasedAt) {}

    /**
     * The grading page of one answer, built by the service for one viewer. While the viewer rates blind (a
     * second or resolution rating not yet filed) it holds no other rater's rating, comment or name, no pending
     * score, no audit row and no agreement figure: what the browser never receives, it cannot show.
     *
     * @param blind the viewer has yet to file their own rating, so others' are withheld
     * @param myRating what the caller may rate now (a new slot, or their own rating still open to revision)
     * @param current the caller's rating in that slot, when they are revising it
     * @param required the dimensions the caller must rate (a resolution rates only the disputed ones)
     * @param pending what release would give now (never while blind)
     */
    public record Sheet(
            Answer answer,
            GradingStatus status,
            boolean blind,
            List<RatingView> ratings,
            List<String> disputed,
            boolean safetyDisputed,
            Optional<RatingKind> myRating,
            Optional<RatingView> current,
            List<String> required,
            Optional<Double> pending,
            Optional<Released> released,
            List<AuditView> audit,
            Agreement agreement,
            Powers powers) {}
}
