package org.alliance.web.vignette;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.alliance.core.model.BestResponseVignette;
import org.alliance.core.model.BranchingVignette;
import org.alliance.core.model.Choice;
import org.alliance.core.model.Course;
import org.alliance.core.model.FreeTextVignette;
import org.alliance.core.model.Node;
import org.alliance.core.model.RateOptionsVignette;
import org.alliance.core.model.RatedOption;
import org.alliance.core.model.Vignette;
import org.alliance.core.scoring.DisplayOrder;
import org.alliance.core.scoring.branching.BranchingPlayer;
import org.alliance.core.scoring.branching.Replay;
import org.alliance.core.scoring.branching.Trail;
import org.alliance.web.vignette.VignetteViews.Anchored;
import org.alliance.web.vignette.VignetteViews.Meter;
import org.alliance.web.vignette.VignetteViews.Option;
import org.alliance.web.vignette.VignetteViews.Play;
import org.alliance.web.vignette.VignetteViews.Prompt;
import org.alliance.web.vignette.VignetteViews.Turn;

/** Builds what the player may show: texts in the attempt's order, and feedback only for choices already made. */
final class VignettePresenter {
    private VignettePresenter() {}

    static Play play(Course course, Vignette vignette, VignetteStore.Row row, List<String> steps) {
        var header = vignette.header();
        List<Turn> transcript = List.of();
        Optional<Prompt> prompt = Optional.empty();
        Optional<Meter> meter = Optional.empty();
        List<Anchored> rubric = List.of();
        switch (vignette) {
            case BestResponseVignette v ->
                prompt = Optional.of(
                        new Prompt(v.client(), v.cue(), v.stem(), options(v.options(), row.seed(), v.id())));
            case RateOptionsVignette v ->
                prompt = Optional.of(
                        new Prompt(v.client(), v.cue(), v.stem(), options(v.options(), row.seed(), v.id())));
            case FreeTextVignette v -> {
                prompt = Optional.of(new Prompt(v.client(), v.cue(), Optional.of(v.prompt()), List.of()));
                rubric = anchored(course, v);
            }
            case BranchingVignette v -> {
                var replay = BranchingPlayer.replay(v, steps, course.rubric().scale());
                Trail trail = switch (replay) {
                    case Replay.Playing p -> p.trail();
                    case Replay.Finished f -> f.trail();
                    case Replay.Broken b -> throw new IllegalStateException("stored path no longer replays: " + b);
                };
                transcript = transcript(v, trail);
                meter = Optional.of(new Meter(
                        trail.meter(), v.alliance().min(), v.alliance().max()));
                if (replay instanceof Replay.Playing) {
                    Node node = v.node(trail.position()).orElseThrow();
                    var available = BranchingPlayer.available(node, trail.meter());
                    prompt = Optional.of(new Prompt(
                            node.client(),
                            node.cue(),
                            Optional.empty(),
                            shuffled(
                                    available.stream()
                                            .map(c -> new Option(c.id(), c.text()))
                                            .toList(),
                                    row.seed(),
                                    node.id())));
                }
            }
        }
        return new Play(
                row.publicId(),
                row.courseId(),
                vignette.id(),
                vignette.title(),
                vignette.vignetteKind(),
                header.persona(),
                header.context(),
                transcript,
                row.finished() ? Optional.empty() : prompt,
                meter,
                rubric,
                course.rubric().scale().min(),
                course.rubric().scale().max(),
                row.finished());
    }

    /** Every exchange so far, each with the feedback the student saw after choosing. */
    static List<Turn> transcript(BranchingVignette vignette, Trail trail) {
        List<Turn> turns = new ArrayList<>();
        for (var taken : trail.taken()) {
            Node node = vignette.node(taken.nodeId()).orElseThrow();
            Choice choice = choice(node, taken.choiceId());
            turns.add(new Turn(node.client(), node.cue(), choice.text(), choice.feedback(), taken.meterChange()));
        }
        return turns;
    }

    static Choice choice(Node node, String choiceId) {
        return node.choices().stream()
                .filter(c -> c.id().equals(choiceId))
                .findFirst()
                .orElseThrow();
    }

    static List<Anchored> anchored(Course course, FreeTextVignette vignette) {
        List<Anchored> rubric = new ArrayList<>();
        for (String id : vignette.dimensions()) {
            course.rubric().dimension(id).ifPresent(d -> {
                Map<Integer, String> anchors = vignette.anchors().getOrDefault(id, Map.of());
                rubric.add(new Anchored(
                        d.id(),
                        d.name(),
                        d.description(),
                        anchors.isEmpty() ? d.anchors() : merged(d.anchors(), anchors)));
            });
        }
        return rubric;
    }

    private static Map<Integer, String> merged(Map<Integer, String> course, Map<Integer, String> override) {
        var all = new TreeMap<>(course);
        all.putAll(override);
        return all;
    }

    private static List<Option> options(List<RatedOption> options, long seed, String vignetteId) {
        return shuffled(options.stream().map(o -> new Option(o.id(), o.text())).toList(), seed, vignetteId);
    }

    /** Replies in the order this attempt shows them (a practice replay keeps its attempt's order). */
    static List<Option> shuffled(List<Option> options, long seed, String key) {
        return DisplayOrder.shuffle(options, seed, key, "options");
    }
}
