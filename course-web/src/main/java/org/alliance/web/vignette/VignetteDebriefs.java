package org.alliance.web.vignette;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alliance.core.grading.ActivityStatus;
import org.alliance.core.grading.ActivityStatusRule;
import org.alliance.core.model.BestResponseVignette;
import org.alliance.core.model.BranchingVignette;
import org.alliance.core.model.Course;
import org.alliance.core.model.FreeTextVignette;
import org.alliance.core.model.RateOptionsVignette;
import org.alliance.core.model.RatedOption;
import org.alliance.core.model.Ratings;
import org.alliance.core.model.Vignette;
import org.alliance.core.scoring.branching.BranchingBounds;
import org.alliance.core.scoring.branching.BranchingPlayer;
import org.alliance.core.scoring.branching.Replay;
import org.alliance.core.scoring.branching.ScoreRange;
import org.alliance.web.vignette.VignetteViews.Debrief;
import org.alliance.web.vignette.VignetteViews.DimensionScore;
import org.alliance.web.vignette.VignetteViews.EndingView;
import org.alliance.web.vignette.VignetteViews.OptionReview;
import org.alliance.web.vignette.VignetteViews.PathStep;

/** The debrief of a finished attempt: everything the player held back until the student had committed. */
final class VignetteDebriefs {
    private VignetteDebriefs() {}

    static Debrief of(Course course, Vignette vignette, VignetteStore.Row row, List<String> steps) {
        var scale = course.rubric().scale();
        List<DimensionScore> dimensions = List.of();
        List<PathStep> taken = List.of();
        List<PathStep> best = List.of();
        List<OptionReview> options = List.of();
        Optional<EndingView> ending = Optional.empty();
        Map<String, Integer> self = Map.of();
        Map<Integer, String> examples = Map.of();
        if (!row.excused()) {
            switch (vignette) {
                case BestResponseVignette v -> {
                    options = reviews(v.options(), row.chosenOption(), Map.of());
                    var chosen = v.options().stream()
                            .filter(o -> o.id().equals(row.chosenOption()))
                            .findFirst();
                    dimensions = chosen.map(o -> dimensions(course, v, List.of(o.ratings())))
                            .orElse(List.of());
                    taken = chosen.map(o ->
                                    List.of(new PathStep(v.client(), o.text(), row.score() == null ? 0 : row.score())))
                            .orElse(List.of());
                    best = v.options().stream()
                            .max(Comparator.comparingDouble(
                                    o -> o.ratings().mean().orElse(0)))
                            .map(o -> List.of(new PathStep(v.client(), o.text(), score(o.ratings(), course))))
                            .orElse(List.of());
                }
                case RateOptionsVignette v ->
                    options =
                            reviews(v.options(), null, row.ratings() == null ? Map.of() : Json.ratings(row.ratings()));
                case FreeTextVignette v -> {
                    self = row.selfAssessment() == null ? Map.of() : Json.ratings(row.selfAssessment());
                    examples = v.examples();
                }
                case BranchingVignette v -> {
                    if (BranchingPlayer.replay(v, steps, scale) instanceof Replay.Finished finished) {
                        taken = path(v, steps, course);
                        List<Ratings> chosen = new ArrayList<>();
                        finished.trail()
                                .taken()
                                .forEach(t -> chosen.add(VignettePresenter.choice(
                                                v.node(t.nodeId()).orElseThrow(), t.choiceId())
                                        .ratings()));
                        dimensions = dimensions(course, v, chosen);
                        ending = Optional.of(new EndingView(
                                finished.ending().outcome(),
                                finished.ending().client(),
                                finished.ending().summary()));
                        best = BranchingBounds.of(v, scale)
                                .map(ScoreRange::bestPath)
                                .map(p -> path(v, p, course))
                                .orElse(List.of());
                    }
                }
            }
        }
        return new Debrief(
                row.publicId(),
                row.courseId(),
                vignette.id(),
                vignette.title(),
                vignette.vignetteKind(),
                row.excused(),
                Optional.ofNullable(row.score()),
                ActivityStatusRule.of(vignette, List.of(row.fact())) instanceof ActivityStatus.AwaitingGrade,
                row.safetyFlagged(),
                dimensions,
                taken,
                best,
                options,
                ending,
                vignette.header().commentary(),
                Optional.ofNullable(row.explanation()),
                Optional.ofNullable(row.freeText()),
                self,
                examples);
    }

    private static List<PathStep> path(BranchingVignette v, List<String> choiceIds, Course course) {
        if (!(BranchingPlayer.replay(v, choiceIds, course.rubric().scale()) instanceof Replay.Finished f)) {
            return List.of();
        }
        return f.trail().taken().stream()
                .map(t -> {
                    var node = v.node(t.nodeId()).orElseThrow();
                    return new PathStep(
                            node.client(),
                            VignettePresenter.choice(node, t.choiceId()).text(),
                            t.score());
                })
                .toList();
    }

    /** Per dimension of the vignette, the mean over the chosen responses of their rating on it. */
    private static List<DimensionScore> dimensions(Course course, Vignette v, List<Ratings> chosen) {
        var scale = course.rubric().scale();
        List<DimensionScore> scores = new ArrayList<>();
        for (String id : v.dimensions()) {
            var mean = chosen.stream()
                    .map(r -> r.mean(id))
                    .filter(m -> m.isPresent())
                    .mapToDouble(m -> m.getAsDouble())
                    .average();
            if (mean.isPresent()) {
                String name = course.rubric().dimension(id).map(d -> d.name()).orElse(id);
                scores.add(new DimensionScore(id, name, mean.getAsDouble(), scale.min(), scale.max()));
            }
        }
        return scores;
    }

    private static List<OptionReview> reviews(List<RatedOption> options, String chosen, Map<String, Integer> given) {
        return options.stream()
                .map(o -> new OptionReview(
                        o.text(),
                        o.ratings().mean().orElse(0),
                        Optional.ofNullable(given.get(o.id())),
                        o.id().equals(chosen),
                        o.rationale()))
                .toList();
    }

    private static double score(Ratings ratings, Course course) {
        var scale = course.rubric().scale();
        return (ratings.mean().orElse(scale.min()) - scale.min()) / (scale.max() - scale.min());
    }
}
