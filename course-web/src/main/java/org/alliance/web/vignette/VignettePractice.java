package org.alliance.web.vignette;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.alliance.core.scoring.branching.BranchingPlayer;
import org.alliance.core.scoring.branching.Replay;
import org.alliance.core.scoring.branching.StepResult;
import org.alliance.core.scoring.branching.Trail;
import org.alliance.web.identity.CurrentUser;
import org.alliance.web.vignette.PracticeReplay.Comparison;
import org.alliance.web.vignette.VignetteViews.Meter;
import org.alliance.web.vignette.VignetteViews.Option;
import org.alliance.web.vignette.VignetteViews.Prompt;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rewind-and-repair: the owner of a submitted branching attempt replays it from one of its turns, with the meter as
 * it was there, as practice. A replay is stored in its own tables and never creates an attempt, so no score, grade,
 * status or statistic can see it. course-core walks the replay: its path is the attempt's choices before the turn
 * followed by the replay's own.
 */
@Service
public class VignettePractice {
    private final SubmittedAttempts submitted;
    private final VignetteStore attempts;
    private final VignettePracticeStore store;
    private final CurrentUser currentUser;
    private final Clock clock;

    VignettePractice(
            SubmittedAttempts submitted,
            VignetteStore attempts,
            VignettePracticeStore store,
            CurrentUser currentUser,
            Clock clock) {
        this.submitted = submitted;
        this.attempts = attempts;
        this.store = store;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A replay, the attempt it rewinds and the full path walked so far (the kept part, then the replay's own). */
    private record Loaded(
            VignettePracticeStore.Practice practice, SubmittedAttempts.Submitted attempt, List<String> graded) {

        List<String> kept() {
            return graded.subList(0, practice.fromTurn() - 1);
        }
    }

    /** Starts a practice replay from turn {@code fromTurn} (from 1) of my submitted attempt; its public id. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public String start(String publicId, int fromTurn) {
        var attempt = submitted.mine(publicId).orElseThrow(() -> new VignetteException("vignette.not-found"));
        List<String> graded = attempts.steps(attempt.row().id());
        if (fromTurn < 1 || fromTurn > graded.size()) {
            throw new VignetteException("vignette.practice.no-such-turn");
        }
        var before = BranchingPlayer.replay(
                attempt.vignette(),
                graded.subList(0, fromTurn - 1),
                attempt.course().rubric().scale());
        if (!(before instanceof Replay.Playing playing)) {
            throw new VignetteException("vignette.practice.no-such-turn");
        }
        String practiceId = UUID.randomUUID().toString();
        var row = attempt.row();
        store.insert(
                practiceId,
                currentUser.require(),
                row.courseId(),
                row.versionId(),
                row.vignetteId(),
                row.id(),
                fromTurn,
                playing.trail().position(),
                clock.instant());
        return practiceId;
    }

    /** My replay as it stands; nothing for another's, or once its attempt is no longer mine to review. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<PracticeReplay> replay(String practiceId) {
        return load(practiceId).map(this::show);
    }

    /** Takes one reply in my replay and returns it with the reply's feedback and the client's answer. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public PracticeReplay choose(String practiceId, String choiceId) {
        var l = load(practiceId).orElseThrow(() -> new VignetteException("vignette.not-found"));
        store.lock(l.practice().id());
        List<String> own = store.steps(l.practice().id());
        List<String> path = new ArrayList<>(l.kept());
        path.addAll(own);
        var step = BranchingPlayer.step(
                l.attempt().vignette(),
                path,
                choiceId,
                l.attempt().course().rubric().scale());
        switch (step) {
            case StepResult.Rejected r -> throw new VignetteException("vignette.choice-not-available");
            case StepResult.Continued c -> store.addStep(l.practice().id(), own.size() + 1, choiceId, clock.instant());
            case StepResult.Ended e -> {
                store.addStep(l.practice().id(), own.size() + 1, choiceId, clock.instant());
                store.finish(l.practice().id(), e.ending().id(), clock.instant());
            }
        }
        return show(l);
    }

    private Optional<Loaded> load(String practiceId) {
        String me = currentUser.require();
        return store.byPublicId(practiceId)
                .filter(p -> p.username().equals(me))
                .flatMap(p -> attempts.byId(p.attemptId())
                        .flatMap(row -> submitted.mine(row.publicId()))
                        .map(a -> new Loaded(p, a, attempts.steps(a.row().id()))));
    }

    private PracticeReplay show(Loaded l) {
        var v = l.attempt().vignette();
        var scale = l.attempt().course().rubric().scale();
        List<String> path = new ArrayList<>(l.kept());
        path.addAll(store.steps(l.practice().id()));
        var replay = BranchingPlayer.replay(v, path, scale);
        Trail trail = switch (replay) {
            case Replay.Playing p -> p.trail();
            case Replay.Finished f -> f.trail();
            case Replay.Broken b -> throw new IllegalStateException("stored practice no longer replays: " + b);
        };
        var transcript = VignettePresenter.transcript(v, trail);
        Optional<Prompt> prompt = Optional.empty();
        Optional<Comparison> ending = Optional.empty();
        if (replay instanceof Replay.Playing) {
            var node = v.node(trail.position()).orElseThrow();
            var options = BranchingPlayer.available(node, trail.meter()).stream()
                    .map(c -> new Option(c.id(), c.text()))
                    .toList();
            prompt = Optional.of(new Prompt(
                    node.client(),
                    node.cue(),
                    Optional.empty(),
                    VignettePresenter.shuffled(options, l.attempt().row().seed(), node.id())));
        } else if (replay instanceof Replay.Finished f
                && BranchingPlayer.replay(v, l.graded(), scale) instanceof Replay.Finished g) {
            ending = Optional.of(new Comparison(
                    f.ending().outcome(),
                    f.ending().client(),
                    f.ending().summary(),
                    f.trail().meter(),
                    g.ending().outcome(),
                    g.trail().meter()));
        }
        var row = l.attempt().row();
        return new PracticeReplay(
                l.practice().publicId(),
                row.publicId(),
                row.courseId(),
                v.id(),
                v.title(),
                v.header().persona(),
                l.practice().fromTurn(),
                transcript.subList(l.practice().fromTurn() - 1, transcript.size()),
                prompt,
                new Meter(trail.meter(), v.alliance().min(), v.alliance().max()),
                ending);
    }
}
