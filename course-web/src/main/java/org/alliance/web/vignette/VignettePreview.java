package org.alliance.web.vignette;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alliance.core.model.BestResponseVignette;
import org.alliance.core.model.BranchingVignette;
import org.alliance.core.model.Course;
import org.alliance.core.model.RateOptionsVignette;
import org.alliance.core.model.Vignette;
import org.alliance.core.scoring.branching.BranchingPlayer;
import org.alliance.core.scoring.branching.Replay;
import org.alliance.core.scoring.branching.StepResult;
import org.alliance.core.scoring.vignette.VignetteScoring;
import org.alliance.web.editor.PreviewCourses;
import org.alliance.web.vignette.VignetteViews.Debrief;
import org.alliance.web.vignette.VignetteViews.Play;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * "Preview as student" for teachers: a vignette played exactly as students play it, with the path kept by
 * the caller instead of the database; nothing is recorded. Free-text vignettes preview their prompt and rubric.
 */
@Service
public class VignettePreview {
    private final PreviewCourses courses;

    VignettePreview(PreviewCourses courses) {
        this.courses = courses;
    }

    /** The state after a path of choices (branching) or before the one answer (other kinds). */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public Optional<Play> play(String courseId, String vignetteId, boolean draft, List<String> path) {
        return load(courseId, vignetteId, draft)
                .map(l -> VignettePresenter.play(
                        l.course(), l.vignette(), row(courseId, l.vignette(), false, null, null, null), path));
    }

    /** Takes one more choice; empty when the path has ended or the choice is not offered. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public Optional<StepResult> step(
            String courseId, String vignetteId, boolean draft, List<String> path, String choiceId) {
        return load(courseId, vignetteId, draft)
                .filter(l -> l.vignette() instanceof BranchingVignette)
                .map(l -> BranchingPlayer.step(
                        (BranchingVignette) l.vignette(),
                        path,
                        choiceId,
                        l.course().rubric().scale()));
    }

    /** The debrief a student would see after this path (branching) or this answer (best response, ratings). */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public Optional<Debrief> debrief(
            String courseId,
            String vignetteId,
            boolean draft,
            List<String> path,
            String chosen,
            Map<String, Integer> ratings) {
        return load(courseId, vignetteId, draft).map(l -> {
            var scale = l.course().rubric().scale();
            @Nullable
            Double score = switch (l.vignette()) {
                case BestResponseVignette v ->
                    VignetteScoring.bestResponse(v, chosen, scale).score();
                case RateOptionsVignette v ->
                    VignetteScoring.rateOptions(v, ratings, scale).score();
                case BranchingVignette v ->
                    BranchingPlayer.replay(v, path, scale) instanceof Replay.Finished f
                            ? f.score().score()
                            : null;
                default -> null;
            };
            var row = row(
                    courseId,
                    l.vignette(),
                    true,
                    score,
                    chosen.isEmpty() ? null : chosen,
                    ratings.isEmpty() ? null : Json.ratings(ratings));
            return VignetteDebriefs.of(l.course(), l.vignette(), row, path);
        });
    }

    private record Loaded(Course course, Vignette vignette) {}

    private Optional<Loaded> load(String courseId, String vignetteId, boolean draft) {
        return courses.course(courseId, vignetteId, draft)
                .flatMap(c -> c.activity(vignetteId)
                        .filter(Vignette.class::isInstance)
                        .map(v -> new Loaded(c, (Vignette) v)));
    }

    /** A stand-in attempt that is never stored: seed 0, so the preview shows one fixed order. */
    private static VignetteStore.Row row(
            String courseId,
            Vignette vignette,
            boolean finished,
            @Nullable Double score,
            @Nullable String chosen,
            @Nullable String ratings) {
        return new VignetteStore.Row(
                0,
                "preview",
                "preview",
                courseId,
                0,
                "",
                vignette.id(),
                0L,
                Instant.EPOCH,
                finished ? Instant.EPOCH : null,
                false,
                score,
                false,
                chosen,
                ratings,
                null,
                null,
                null);
    }
}
