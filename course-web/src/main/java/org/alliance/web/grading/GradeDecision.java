package org.alliance.web.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.alliance.core.agreement.RaterRatings;
import org.alliance.core.agreement.Release;
import org.alliance.core.model.FreeTextVignette;
import org.alliance.core.model.RatingScale;
import org.alliance.core.scoring.vignette.FreeTextScoring;
import org.alliance.web.grading.GradingStore.Rating;

/** Where an answer's ratings stand, decided by course-core's release rule. */
record GradeDecision(
        Optional<Rating> first,
        Optional<Rating> second,
        Optional<Rating> resolution,
        List<Rating> overrides,
        Release release) {

    static GradeDecision of(FreeTextVignette vignette, RatingScale scale, List<Rating> ratings) {
        var first = kind(ratings, RatingKind.FIRST);
        var second = kind(ratings, RatingKind.SECOND);
        var resolution = kind(ratings, RatingKind.RESOLUTION);
        List<RaterRatings> raters = new ArrayList<>();
        first.ifPresent(r -> raters.add(rater(r)));
        second.ifPresent(r -> raters.add(rater(r)));
        var release = FreeTextScoring.release(vignette, scale, raters, resolution.map(GradeDecision::rater));
        return new GradeDecision(
                first,
                second,
                resolution,
                ratings.stream().filter(r -> r.kind() == RatingKind.OVERRIDE).toList(),
                release);
    }

    /** The queue status; {@code released} when the student already sees a grade. */
    GradingStatus status(boolean released) {
        if (released) {
            return GradingStatus.RELEASED;
        }
        return switch (release) {
            case Release.NotRated n -> GradingStatus.UNGRADED;
            case Release.AwaitingSecondRater a -> GradingStatus.AWAITING_SECOND_RATER;
            case Release.NeedsResolution n -> GradingStatus.NEEDS_RESOLUTION;
            case Release.Released r -> GradingStatus.READY;
        };
    }

    /** What would be released now: the core rule's result, or a sole rater's ratings (the second is optional). */
    Optional<Release.Released> releasable(FreeTextVignette vignette, RatingScale scale) {
        return switch (release) {
            case Release.Released r -> Optional.of(r);
            case Release.AwaitingSecondRater a -> Optional.of(alone(vignette, scale, rater(first.orElseThrow())));
            default -> Optional.empty();
        };
    }

    /**
     * One rater's ratings as the core rule would release them. Issue 6 makes the second rater optional while
     * the core rule always wants two; counting the sole rating as both raters gives exactly its formula (mean
     * of the dimensions on the scale, safety caps at 0) with no second copy of it here.
     */
    static Release.Released alone(FreeTextVignette vignette, RatingScale scale, RaterRatings only) {
        var twin = new RaterRatings(only.raterId() + " (again)", only.ratings(), only.safetyConcern());
        return (Release.Released) FreeTextScoring.release(vignette, scale, List.of(only, twin), Optional.empty());
    }

    static RaterRatings rater(Rating r) {
        return new RaterRatings(r.rater(), r.ratings(), r.safetyConcern());
    }

    /**
     * The rating as its rater first filed it, before any revision: what agreement compares, so that a revision
     * can never make two raters look more alike than they were when each rated alone.
     */
    static RaterRatings firstFiled(Rating r) {
        return r.earlier().isEmpty()
                ? rater(r)
                : new RaterRatings(
                        r.rater(),
                        r.earlier().getFirst().ratings(),
                        r.earlier().getFirst().safetyConcern());
    }

    private static Optional<Rating> kind(List<Rating> ratings, RatingKind kind) {
        return ratings.stream().filter(r -> r.kind() == kind).findFirst();
    }
}
