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
    public record Entry(String publicId, String student, String vignetteTitle, Instant submittedAt,
            GradingStatus status, int ratings, Optional<Double> score) {}

    /** The queue of a course: counts per status and every answer, oldest first. */
    public record Queue(String courseId, Map<GradingStatus, Integer> counts, List<Entry> entries) {}

    public record RatingView(RatingKind kind, String rater, Instant ratedAt, Map<String, Integer> ratings,
            boolean safetyConcern, String comment) {}

    public record AuditView(String actor, Instant at, AuditAction action, Optional<Double> oldScore,
            Optional<Double> newScore, Optional<String> reason) {}

    /** Agreement of first and second raters over every doubly-rated answer to one vignette in the course. */
    public record Agreement(int answers, int ratedUnits, OptionalDouble icc21, OptionalDouble quadraticKappa,
            Map<String, OptionalDouble> iccByDimension) {}

    public record Released(double score, Map<String, Double> ratings, boolean safetyFlagged, String comment,
            String releasedBy, Instant releasedAt) {}

    /**
     * The grading page of one answer.
     *
     * @param myRating what the caller may rate now (a new slot, or their own rating still open to revision)
     * @param current the caller's rating in that slot, when they are revising it
     * @param required the dimensions the caller must rate (a resolution rates only the disputed ones)
     * @param pending what release would give now, when release is allowed
     */
    public record Sheet(Answer answer, GradingStatus status, List<RatingView> ratings, List<String> disputed,
            boolean safetyDisputed, Optional<RatingKind> myRating, Optional<RatingView> current,
            List<String> required, Optional<Double> pending,
            Optional<Released> released, List<AuditView> audit, Agreement agreement) {}
}
