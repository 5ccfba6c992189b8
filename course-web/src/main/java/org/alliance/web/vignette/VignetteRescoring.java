package org.alliance.web.vignette;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alliance.core.model.BestResponseVignette;
import org.alliance.core.model.BranchingVignette;
import org.alliance.core.model.FreeTextVignette;
import org.alliance.core.model.RateOptionsVignette;
import org.alliance.core.model.RatingScale;
import org.alliance.core.model.Vignette;
import org.alliance.core.scoring.branching.BranchingPlayer;
import org.alliance.core.scoring.branching.Replay;
import org.alliance.core.scoring.vignette.VignetteScoring;
import org.alliance.web.catalog.CourseStaff;
import org.alliance.web.catalog.PublishedCourse;
import org.alliance.web.identity.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * After a response's expert ratings are fixed in a new version, teachers may rescore past vignette attempts
 * with that version's ratings, as {@code QuizRescoring} does for quiz keys. Choices and ratings name stable
 * option and choice ids, so they replay on the new version. Free-text answers are graded by people and are
 * left alone; a branching path the new version no longer allows (a choice removed or moved) is left alone
 * too and counted, so the teacher sees it. Attempts keep pointing at the version they were taken on.
 */
@Service
public class VignetteRescoring {
    private final VignetteStore store;
    private final CourseStaff staff;
    private final Clock clock;
    private final CurrentUser currentUser;
    private final VignetteEvents events;

    VignetteRescoring(
            VignetteStore store, CourseStaff staff, Clock clock, CurrentUser currentUser, VignetteEvents events) {
        this.events = events;
        this.store = store;
        this.staff = staff;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    /** One attempt whose score or safety flag would change, or did. */
    public record Change(
            String username,
            String vignetteId,
            long takenOnVersion,
            double oldScore,
            double newScore,
            boolean newlyFlagged) {}

    /** What rescoring would change, and how many attempts could not be replayed on the new version. */
    public record Outcome(List<Change> changes, int notReplayable) {
        public Outcome {
            changes = List.copyOf(changes);
        }
    }

    /** What rescoring with a version's ratings would change, without changing anything. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public Outcome preview(String courseId, long versionId) {
        return run(courseId, versionId, false);
    }

    /** Rescores and audits every attempt whose score or flag changes. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional
    public Outcome rescore(String courseId, long versionId) {
        return run(courseId, versionId, true);
    }

    private Outcome run(String courseId, long versionId, boolean apply) {
        Optional<PublishedCourse> target = staff.taughtVersion(courseId, versionId);
        if (target.isEmpty()) {
            return new Outcome(List.of(), 0);
        }
        var scale = target.get().course().rubric().scale();
        List<Change> changes = new ArrayList<>();
        int notReplayable = 0;
        for (var row : store.finishedInCourse(courseId)) {
            if (row.versionId() == versionId) {
                continue;
            }
            var vignette = target.get()
                    .course()
                    .activity(row.vignetteId())
                    .filter(Vignette.class::isInstance)
                    .map(Vignette.class::cast);
            if (vignette.isEmpty()) {
                continue;
            }
            if (vignette.get() instanceof FreeTextVignette) {
                continue;
            }
            var rescored = score(vignette.get(), row, scale);
            if (rescored.isEmpty()) {
                notReplayable++;
                continue;
            }
            double old = row.score() == null ? 0 : row.score();
            var fresh = rescored.get();
            if (Math.abs(fresh.score() - old) > 1e-9 || fresh.flagged() != row.safetyFlagged()) {
                changes.add(new Change(
                        row.username(),
                        row.vignetteId(),
                        row.versionId(),
                        old,
                        fresh.score(),
                        fresh.flagged() && !row.safetyFlagged()));
                if (apply) {
                    store.rescore(
                            row,
                            fresh.score(),
                            fresh.flagged(),
                            currentUser.require(),
                            versionId,
                            null,
                            clock.instant());
                    events.rescored(row, fresh.score(), null, clock.instant());
                }
            }
        }
        return new Outcome(changes, notReplayable);
    }

    /**
     * After a scoring rule changes (not the content): every finished attempt at a choice, rating or branching
     * vignette, of every course, replayed under today's rules on the version whose ratings its score stands on (the
     * version it was taken on, or the one a teacher last rescored it with after a fix), and each change
     * written with its audit record, whose reason names the rule. Free text stays with its raters; an attempt
     * whose version no longer replays it is left alone. Run once per rule by the start-up upgrade.
     *
     * @return how many attempts changed
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public int rescoreUnderCurrentRules(String reason) {
        Map<Long, Optional<PublishedCourse>> versions = new HashMap<>();
        int changed = 0;
        Map<Long, Long> rescoredWith = store.keysVersions();
        for (var row : store.finishedEverywhere()) {
            long keys = rescoredWith.getOrDefault(row.id(), row.versionId());
            var course = versions.computeIfAbsent(keys, id -> staff.taughtVersion(row.courseId(), id));
            var vignette = course.flatMap(c -> c.course().activity(row.vignetteId()))
                    .filter(Vignette.class::isInstance)
                    .map(Vignette.class::cast);
            if (vignette.isEmpty() || vignette.get() instanceof FreeTextVignette) {
                continue;
            }
            var fresh =
                    score(vignette.get(), row, course.get().course().rubric().scale());
            double old = row.score() == null ? 0 : row.score();
            if (fresh.isPresent()
                    && (Math.abs(fresh.get().score() - old) > 1e-9
                            || fresh.get().flagged() != row.safetyFlagged())) {
                store.rescore(
                        row,
                        fresh.get().score(),
                        fresh.get().flagged(),
                        currentUser.require(),
                        keys,
                        reason,
                        clock.instant());
                events.rescored(row, fresh.get().score(), reason, clock.instant());
                changed++;
            }
        }
        return changed;
    }

    private record Scored(double score, boolean flagged) {}

    /** The attempt's score under the new version, or empty when its option, ratings or path no longer fit. */
    private Optional<Scored> score(Vignette vignette, VignetteStore.Row row, RatingScale scale) {
        return switch (vignette) {
            case BestResponseVignette v ->
                Optional.ofNullable(row.chosenOption())
                        .filter(id -> v.options().stream().anyMatch(o -> o.id().equals(id)))
                        .map(id -> new Scored(
                                VignetteScoring.bestResponse(v, id, scale).score(), false));
            case RateOptionsVignette v ->
                Optional.ofNullable(row.ratings())
                        .map(Json::ratings)
                        .filter(r -> v.options().stream().allMatch(o -> r.containsKey(o.id()))
                                && r.size() == v.options().size()
                                && r.values().stream().allMatch(scale::contains))
                        .map(r -> new Scored(
                                VignetteScoring.rateOptions(v, r, scale).score(), false));
            case BranchingVignette v ->
                BranchingPlayer.replay(v, store.steps(row.id()), scale) instanceof Replay.Finished f
                        ? Optional.of(new Scored(f.score().score(), f.score().safetyFlagged()))
                        : Optional.empty();
            case FreeTextVignette v -> Optional.empty();
        };
    }
}
