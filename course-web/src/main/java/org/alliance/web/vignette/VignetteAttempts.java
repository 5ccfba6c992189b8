package org.alliance.web.vignette;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.alliance.core.grading.ActivityStatus;
import org.alliance.core.grading.ActivityStatusRule;
import org.alliance.core.grading.AttemptFact;
import org.alliance.core.mastery.Evidence;
import org.alliance.core.model.BestResponseVignette;
import org.alliance.core.model.BranchingVignette;
import org.alliance.core.model.Course;
import org.alliance.core.model.FreeTextVignette;
import org.alliance.core.model.RateOptionsVignette;
import org.alliance.core.model.Vignette;
import org.alliance.core.scoring.attempt.AttemptLimit;
import org.alliance.core.scoring.branching.BranchingPlayer;
import org.alliance.core.scoring.branching.StepResult;
import org.alliance.core.scoring.vignette.VignetteScoring;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.catalog.Offerings;
import org.alliance.web.catalog.PublishedCourse;
import org.alliance.web.identity.CurrentUser;
import org.alliance.web.vignette.VignetteViews.Card;
import org.alliance.web.vignette.VignetteViews.Debrief;
import org.alliance.web.vignette.VignetteViews.Play;
import org.alliance.web.vignette.VignetteViews.Summary;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Vignette attempts for the signed-in student. Every operation checks that the attempt is theirs (another's
 * reads as not found) and that they are enrolled; each choice is committed before its feedback is returned.
 */
@Service
public class VignetteAttempts {
    private final VignetteStore store;
    private final CourseCatalog catalog;
    private final Offerings offerings;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final CurrentUser currentUser;
    private final TransactionTemplate transactions;
    private final VignetteEvents vignetteEvents;

    VignetteAttempts(
            VignetteStore store,
            CourseCatalog catalog,
            Offerings offerings,
            Clock clock,
            CurrentUser currentUser,
            TransactionTemplate transactions,
            VignetteEvents vignetteEvents) {
        this.vignetteEvents = vignetteEvents;
        this.store = store;
        this.catalog = catalog;
        this.offerings = offerings;
        this.clock = clock;
        this.currentUser = currentUser;
        this.transactions = transactions;
    }

    private record Loaded(VignetteStore.Row row, PublishedCourse published, Vignette vignette) {
        Course course() {
            return published.course();
        }
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Card> card(String courseId, String vignetteId) {
        var published = catalog.enrolledCourse(courseId);
        var vignette = published.flatMap(p -> vignette(p.course(), vignetteId));
        if (vignette.isEmpty()) {
            return Optional.empty();
        }
        var v = vignette.get();
        var rows = store.forVignette(currentUser.require(), courseId, vignetteId);
        List<Summary> summaries = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            var r = rows.get(i);
            summaries.add(new Summary(
                    r.publicId(),
                    i + 1,
                    r.startedAt(),
                    r.finishedAt(),
                    r.excused(),
                    Optional.ofNullable(r.score()),
                    ActivityStatusRule.of(v, List.of(r.fact())) instanceof ActivityStatus.AwaitingGrade));
        }
        var open = rows.stream()
                .filter(r -> !r.finished())
                .map(VignetteStore.Row::publicId)
                .findFirst();
        int used = (int) rows.stream().filter(r -> !r.excused()).count();
        int base = v.header().settings().attempts();
        int allowed = base == 0 ? 0 : base + offerings.myExtraAttempts(courseId, vignetteId);
        return Optional.of(new Card(
                courseId,
                vignetteId,
                v.title(),
                v.header().level(),
                v.vignetteKind(),
                v.header().persona(),
                v.header().context(),
                v.contentNote(),
                summaries,
                open,
                open.isPresent() || (AttemptLimit.canStart(used, allowed) && !offerings.closedForMe(courseId)),
                ActivityStatusRule.of(
                                v, rows.stream().map(VignetteStore.Row::fact).toList())
                        .grade()));
    }

    /**
     * Continues the open attempt or starts a new one (a replay is a new attempt). Returns its public id. Two tabs
     * starting at once number the new attempt the same; the database keeps the first and the second continues it.
     */
    @PreAuthorize("isAuthenticated()")
    public String start(String courseId, String vignetteId) {
        try {
            return transactions.execute(status -> startOrContinue(courseId, vignetteId));
        } catch (DuplicateKeyException startedAlongside) {
            return transactions.execute(status -> startOrContinue(courseId, vignetteId));
        }
    }

    private String startOrContinue(String courseId, String vignetteId) {
        var card = card(courseId, vignetteId).orElseThrow(() -> new VignetteException("vignette.not-found"));
        if (card.openAttempt().isPresent()) {
            return card.openAttempt().get();
        }
        if (!card.canStart()) {
            throw new VignetteException("vignette.no-attempts-left");
        }
        return insert(courseId, vignetteId, false, card.attempts().size() + 1);
    }

    /** Skips a vignette that carries a content note: it then counts as excused. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void skip(String courseId, String vignetteId) {
        var card = card(courseId, vignetteId).orElseThrow(() -> new VignetteException("vignette.not-found"));
        if (card.contentNote().isEmpty()) {
            throw new VignetteException("vignette.skip-not-allowed");
        }
        card.openAttempt()
                .ifPresent(id -> load(id).ifPresent(l -> store.finish(l.row().id(), null, false, clock.instant())));
        insert(courseId, vignetteId, true, card.attempts().size() + 1);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Play> play(String publicId) {
        return load(publicId)
                .map(l -> VignettePresenter.play(
                        l.course(), l.vignette(), l.row(), store.steps(l.row().id())));
    }

    /** Takes one choice in a branching vignette: committed first, then the new state with its feedback. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Play choose(String publicId, String choiceId) {
        Loaded l = open(publicId);
        if (!(l.vignette() instanceof BranchingVignette v)) {
            throw new VignetteException("vignette.wrong-kind");
        }
        List<String> path = store.steps(l.row().id());
        var step = BranchingPlayer.step(v, path, choiceId, l.course().rubric().scale());
        switch (step) {
            case StepResult.Rejected r -> throw new VignetteException("vignette.choice-not-available");
            case StepResult.Continued c -> {
                store.addStep(l.row().id(), path.size() + 1, choiceId, clock.instant());
                choiceMade(l, v, c.taken().nodeId(), choiceId);
            }
            case StepResult.Ended e -> {
                store.addStep(l.row().id(), path.size() + 1, choiceId, clock.instant());
                choiceMade(l, v, e.taken().nodeId(), choiceId);
                store.finish(l.row().id(), e.score().score(), e.score().safetyFlagged(), clock.instant());
                vignetteEvents.finished(l.row(), v, e.score().score(), clock.instant());
            }
        }
        return play(publicId).orElseThrow();
    }

    /** The one answer of a best-response vignette. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void pick(String publicId, String optionId) {
        Loaded l = open(publicId);
        if (!(l.vignette() instanceof BestResponseVignette v)) {
            throw new VignetteException("vignette.wrong-kind");
        }
        if (v.options().stream().noneMatch(o -> o.id().equals(optionId))) {
            throw new VignetteException("vignette.choice-not-available");
        }
        var result =
                VignetteScoring.bestResponse(v, optionId, l.course().rubric().scale());
        store.saveAnswer(l.row().id(), optionId, null, null, null);
        store.finish(l.row().id(), result.score(), false, clock.instant());
        var option = v.options().stream()
                .filter(o -> o.id().equals(optionId))
                .findFirst()
                .orElseThrow();
        vignetteEvents.chose(
                l.row(),
                v,
                null,
                optionId,
                option.text(),
                option.ratings(),
                l.course().rubric().scale(),
                clock.instant());
        vignetteEvents.finished(l.row(), v, result.score(), clock.instant());
    }

    /** A rating of every response of a rate-options vignette. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void rate(String publicId, Map<String, Integer> ratings) {
        Loaded l = open(publicId);
        if (!(l.vignette() instanceof RateOptionsVignette v)) {
            throw new VignetteException("vignette.wrong-kind");
        }
        var scale = l.course().rubric().scale();
        if (ratings.size() != v.options().size()
                || ratings.values().stream().anyMatch(r -> !scale.contains(r))
                || v.options().stream().anyMatch(o -> !ratings.containsKey(o.id()))) {
            throw new VignetteException("vignette.rate-every-option");
        }
        var result = VignetteScoring.rateOptions(v, ratings, scale);
        store.saveAnswer(l.row().id(), null, Json.ratings(ratings), null, null);
        store.finish(l.row().id(), result.score(), false, clock.instant());
        vignetteEvents.finished(l.row(), v, result.score(), clock.instant());
    }

    /**
     * A free-text answer and the student's own rating of it on the rubric. The self-assessment never counts;
     * the score comes when an instructor grades the answer.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void submitText(String publicId, String text, Map<String, Integer> selfAssessment) {
        Loaded l = open(publicId);
        if (!(l.vignette() instanceof FreeTextVignette v)) {
            throw new VignetteException("vignette.wrong-kind");
        }
        if (text.isBlank() || text.length() > 8000) {
            throw new VignetteException("vignette.text-length");
        }
        var scale = l.course().rubric().scale();
        if (!v.dimensions().containsAll(selfAssessment.keySet())
                || selfAssessment.values().stream().anyMatch(r -> !scale.contains(r))) {
            throw new VignetteException("vignette.self-assessment-invalid");
        }
        store.saveAnswer(l.row().id(), null, null, text.strip(), Json.ratings(selfAssessment));
        store.clearDraft(l.row().id()); // the reply is sent: its draft has served
        store.finish(l.row().id(), null, false, clock.instant());
        vignetteEvents.finished(l.row(), v, null, clock.instant());
    }

    /** The optional "explain your choice" note, after the end. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void explain(String publicId, String note) {
        Loaded l = load(publicId)
                .filter(x -> x.row().finished())
                .orElseThrow(() -> new VignetteException("vignette.not-found"));
        store.saveExplanation(l.row().id(), note.length() > 4000 ? note.substring(0, 4000) : note);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Debrief> debrief(String publicId) {
        return load(publicId)
                .filter(l -> l.row().finished())
                .map(l -> VignetteDebriefs.of(
                        l.course(), l.vignette(), l.row(), store.steps(l.row().id())));
    }

    /** Each scored vignette attempt of the signed-in student: mastery's evidence. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Evidence> evidence() {
        var evidence = new ArrayList<Evidence>();
        for (var row : store.finishedBy(currentUser.require())) {
            if (row.score() != null) {
                load(row.publicId())
                        .ifPresent(l -> evidence.add(Evidence.of(
                                row.courseId(), l.vignette(), row.score(), Objects.requireNonNull(row.finishedAt()))));
            }
        }
        return evidence;
    }

    /**
     * Where the student stands on each vignette of a course they have begun, by course-core's
     * {@link ActivityStatusRule}: in progress, graded, awaiting a free-text grade, or excused.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<String, ActivityStatus> statuses(String courseId) {
        var course = catalog.enrolledCourse(courseId);
        if (course.isEmpty()) {
            return Map.of();
        }
        Map<String, List<AttemptFact>> facts = new LinkedHashMap<>();
        for (var row : store.inCourse(currentUser.require(), courseId)) {
            facts.computeIfAbsent(row.vignetteId(), k -> new ArrayList<>()).add(row.fact());
        }
        Map<String, ActivityStatus> statuses = new LinkedHashMap<>();
        for (Vignette v : course.get().course().vignettes()) {
            var status = ActivityStatusRule.of(v, facts.getOrDefault(v.id(), List.of()));
            if (!(status instanceof ActivityStatus.NotDone)) {
                statuses.put(v.id(), status);
            }
        }
        return statuses;
    }

    /**
     * A new attempt numbered after the ones the caller saw: numbering from the same read that found no open
     * attempt is what lets the database refuse a second tab that read the same.
     */
    private String insert(String courseId, String vignetteId, boolean excused, int attemptNo) {
        var published = catalog.enrolledCourse(courseId).orElseThrow(() -> new VignetteException("vignette.not-found"));
        String publicId = UUID.randomUUID().toString();
        store.insert(
                publicId,
                currentUser.require(),
                courseId,
                published.versionId(),
                published.contentHash(),
                vignetteId,
                attemptNo,
                random.nextLong(),
                clock.instant(),
                excused);
        return publicId;
    }

    private void choiceMade(Loaded l, BranchingVignette v, String nodeId, String choiceId) {
        v.node(nodeId)
                .flatMap(n -> n.choices().stream()
                        .filter(c -> c.id().equals(choiceId))
                        .findFirst())
                .ifPresent(c -> vignetteEvents.chose(
                        l.row(),
                        v,
                        nodeId,
                        choiceId,
                        c.text(),
                        c.ratings(),
                        l.course().rubric().scale(),
                        clock.instant()));
    }

    /** The open attempt, locked until the answer commits, so a second tab's answer waits and finds it finished. */
    private Loaded open(String publicId) {
        Loaded l = load(publicId).orElseThrow(() -> new VignetteException("vignette.not-found"));
        if (l.row().finished() || !store.lockOpen(l.row().id())) {
            throw new VignetteException("vignette.already-finished");
        }
        if (offerings.closedForMe(l.row().courseId())) {
            throw new VignetteException("vignette.closed");
        }
        return l;
    }

    /** The attempt, if it is the signed-in student's and they are still enrolled; otherwise nothing. */
    private Optional<Loaded> load(String publicId) {
        return store.byPublicId(publicId)
                .filter(row -> row.username().equals(currentUser.require()))
                .flatMap(row -> catalog.enrolledVersion(row.courseId(), row.versionId())
                        .flatMap(p -> vignette(p.course(), row.vignetteId()).map(v -> new Loaded(row, p, v))));
    }

    private static Optional<Vignette> vignette(Course course, String vignetteId) {
        return course.activity(vignetteId).filter(Vignette.class::isInstance).map(Vignette.class::cast);
    }
}
