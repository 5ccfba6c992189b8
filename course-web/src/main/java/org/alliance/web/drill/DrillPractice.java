package org.alliance.web.drill;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.alliance.core.model.Drill;
import org.alliance.core.model.DrillStatement;
import org.alliance.core.model.Level;
import org.alliance.core.practice.Box;
import org.alliance.core.practice.Difficulty;
import org.alliance.core.practice.StatementPicker;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.drill.DrillViews.DrillPage;
import org.alliance.web.drill.DrillViews.Next;
import org.alliance.web.drill.DrillViews.RoundEnd;
import org.alliance.web.drill.DrillViews.TryView;
import org.alliance.web.drill.DrillViews.TurnView;
import org.alliance.web.events.DrillStatementPractised;
import org.alliance.web.identity.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in student's deliberate practice in a drill of a course they are enrolled in: rounds of
 * statements whose level follows the student's difficulty ratings, tries kept, examples shown only after a try.
 * Nothing here is graded.
 */
@Service
public class DrillPractice {
    /** Active time per statement counts up to three minutes: longer is taken as time away, not practice. */
    static final Duration ACTIVE_CAP = Duration.ofMinutes(3);

    static final int MAX_RESPONSE = 4000;

    private final DrillStore store;
    private final DrillFeedbackStore feedback;
    private final CourseCatalog catalog;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    DrillPractice(
            DrillStore store,
            DrillFeedbackStore feedback,
            CourseCatalog catalog,
            CurrentUser currentUser,
            Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.store = store;
        this.feedback = feedback;
        this.catalog = catalog;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The drill's page, with the open round's statement if the student left one; empty if not theirs to see. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<DrillPage> page(String courseId, String drillId) {
        String me = currentUser.require();
        return enrolled(courseId, drillId).map(found -> {
            Drill drill = found.drill();
            var open = store.openRound(me, courseId, drillId);
            var last = store.lastEndedRound(me, courseId, drillId);
            int done = last.map(DrillStore.Round::number).orElse(0);
            return new DrillPage(
                    courseId,
                    found.courseTitle(),
                    drillId,
                    drill.title(),
                    drill.skill(),
                    drill.contentNote(),
                    drill.avoid(),
                    drill.settings().statementsPerRound(),
                    drill.settings().minutes(),
                    done,
                    last.map(r -> levelAfter(r)),
                    open.flatMap(r -> current(drill, r)),
                    feedback.answersFor(me, courseId, drill));
        });
    }

    /**
     * Starts a round, or takes up the open one. The first round starts at beginner; later rounds at the level
     * the last rating led to.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public TurnView start(String courseId, String drillId) {
        String me = currentUser.require();
        Drill drill = require(courseId, drillId);
        var open = store.openRound(me, courseId, drillId);
        if (open.isPresent()) {
            var current = current(drill, open.get());
            if (current.isPresent()) {
                return current.get();
            }
            store.endRound(open.get().id(), clock.instant());
        }
        Level level = store.lastEndedRound(me, courseId, drillId)
                .map(this::levelAfter)
                .orElse(Level.BEGINNER);
        Instant now = clock.instant();
        String roundId = store.startRound(me, courseId, drillId, level, now);
        var round = store.round(roundId).orElseThrow();
        return addTurn(drill, round, level, 1, now)
                .orElseThrow(() -> new IllegalStateException("drill " + drillId + " has no statements"));
    }

    /** Sends a response to the current statement: kept as a try, answered with the criteria and examples. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public TryView respond(String courseId, String drillId, String turnId, String text) {
        Drill drill = require(courseId, drillId);
        var turn = myOpenTurn(courseId, drillId, turnId);
        if (turn.difficulty() != null) {
            throw new DrillException("drill.error.rated");
        }
        String response = text.strip();
        if (response.isEmpty()) {
            throw new DrillException("drill.error.empty");
        }
        if (response.length() > MAX_RESPONSE) {
            throw new DrillException("drill.error.too-long");
        }
        Instant now = clock.instant();
        var tries = store.tries(turnId);
        Instant since = tries.isEmpty() ? turn.shownAt() : tries.getLast().submittedAt();
        long active = Math.min(
                ACTIVE_CAP.toSeconds(), Math.max(0, Duration.between(since, now).toSeconds()));
        String tryId = store.addTry(turnId, response, (int) active, now);
        var saved = store.attempt(tryId).orElseThrow();
        return Reveals.of(drill, statement(drill, turn), saved, false);
    }

    /** Saves which criteria the student ticked for their own response. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void tick(String courseId, String drillId, String tryId, Set<String> criteria) {
        Drill drill = require(courseId, drillId);
        var attempt = myTry(courseId, drillId, tryId);
        var turn = store.turn(attempt.turnId()).orElseThrow();
        var known = drill.criteriaFor(statement(drill, turn)).stream()
                .map(c -> c.id())
                .filter(criteria::contains)
                .toList();
        store.tick(tryId, known);
    }

    /**
     * Rates how hard the statement felt and moves on: the next statement at the level the rating leads to, or
     * the end of the round when it has held its statements or its minutes are up.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Next rate(String courseId, String drillId, String turnId, Difficulty difficulty) {
        String me = currentUser.require();
        Drill drill = require(courseId, drillId);
        var turn = myOpenTurn(courseId, drillId, turnId);
        var tries = store.tries(turnId);
        if (tries.isEmpty()) {
            throw new DrillException("drill.error.rate-first");
        }
        Instant now = clock.instant();
        var round = store.round(turn.roundId()).orElseThrow();
        if (!store.rate(turnId, difficulty, now)) {
            throw new DrillException("drill.error.rated");
        }
        events.publishEvent(new DrillStatementPractised(
                me,
                courseId,
                drillId,
                drill.title(),
                turn.statementId(),
                turn.level(),
                difficulty.name(),
                tries.stream().mapToLong(DrillStore.Try::activeSeconds).sum(),
                now));
        boolean sent = feedback.requestedFor(turnId);
        store.putBox(me, courseId, drillId, turn.statementId(), Box.after(difficulty, sent, round.number()));
        Level next = difficulty.next(turn.level());
        var turns = store.turns(round.id());
        boolean full = turns.size() >= drill.settings().statementsPerRound();
        if (full || timeUp(drill, round, now)) {
            store.endRound(round.id(), now);
            return new RoundEnd(round.number(), turns.size(), next);
        }
        return addTurn(drill, round, next, turns.size() + 1, now)
                .<Next>map(t -> t)
                .orElseGet(() -> {
                    store.endRound(round.id(), now);
                    return new RoundEnd(round.number(), turns.size(), next);
                });
    }

    /** Ends the open round early (the student stops); rated statements stay as they are. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void stop(String courseId, String drillId) {
        require(courseId, drillId);
        store.openRound(currentUser.require(), courseId, drillId)
                .ifPresent(r -> store.endRound(r.id(), clock.instant()));
    }

    /**
     * Sends one of the student's responses to the course's instructors for feedback (not a grade); the statement
     * comes back in the next round.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void requestFeedback(String courseId, String drillId, String tryId) {
        String me = currentUser.require();
        require(courseId, drillId);
        var attempt = myTry(courseId, drillId, tryId);
        var turn = store.turn(attempt.turnId()).orElseThrow();
        var round = store.round(turn.roundId()).orElseThrow();
        feedback.request(tryId, clock.instant());
        store.putBox(me, courseId, drillId, turn.statementId(), Box.feedbackRequested(round.number()));
    }

    private Optional<TurnView> current(Drill drill, DrillStore.Round round) {
        var turns = store.turns(round.id());
        if (turns.isEmpty()) {
            return Optional.empty();
        }
        var last = turns.getLast();
        if (last.difficulty() != null) {
            return Optional.empty();
        }
        return drill.statement(last.statementId()).map(s -> view(drill, round, last, s));
    }

    private Optional<TurnView> addTurn(Drill drill, DrillStore.Round round, Level level, int position, Instant now) {
        Set<String> practised = new HashSet<>();
        store.turns(round.id()).forEach(t -> practised.add(t.statementId()));
        Map<String, Box> boxes = store.boxes(round.username(), round.courseId(), drill.id());
        Optional<DrillStatement> next = StatementPicker.next(drill.statements(level), boxes, practised, round.number());
        return next.map(s -> {
            String turnId = store.addTurn(round.id(), position, s.id(), level, now);
            return view(drill, round, store.turn(turnId).orElseThrow(), s);
        });
    }

    private TurnView view(Drill drill, DrillStore.Round round, DrillStore.Turn turn, DrillStatement s) {
        Set<String> sent = feedback.requestedTries(turn.id());
        List<TryView> tries = store.tries(turn.id()).stream()
                .map(t -> Reveals.of(drill, s, t, sent.contains(t.id())))
                .toList();
        int minutes = drill.settings().minutes();
        return new TurnView(
                turn.id(),
                round.number(),
                turn.position(),
                drill.settings().statementsPerRound(),
                minutes > 0 ? Optional.of(round.startedAt().plus(Duration.ofMinutes(minutes))) : Optional.empty(),
                turn.level(),
                s.id(),
                s.context(),
                s.tone(),
                s.client(),
                tries);
    }

    private boolean timeUp(Drill drill, DrillStore.Round round, Instant now) {
        int minutes = drill.settings().minutes();
        return minutes > 0 && !now.isBefore(round.startedAt().plus(Duration.ofMinutes(minutes)));
    }

    /** The level the last rated statement of a round led to: where the next round starts. */
    private Level levelAfter(DrillStore.Round round) {
        return store.turns(round.id()).stream()
                .filter(t -> t.difficulty() != null)
                .reduce((a, b) -> b)
                .map(t -> t.difficulty().next(t.level()))
                .orElse(round.startLevel());
    }

    private DrillStatement statement(Drill drill, DrillStore.Turn turn) {
        return drill.statement(turn.statementId()).orElseThrow(() -> new DrillException("drill.error.statement-gone"));
    }

    /** A turn of the signed-in student's open round of this drill, or a refusal. */
    private DrillStore.Turn myOpenTurn(String courseId, String drillId, String turnId) {
        var turn = store.turn(turnId).orElseThrow(() -> new AccessDeniedException("no such turn"));
        var round = store.round(turn.roundId()).orElseThrow();
        checkMine(round, courseId, drillId);
        if (round.endedAt() != null) {
            throw new DrillException("drill.error.round-over");
        }
        return turn;
    }

    private DrillStore.Try myTry(String courseId, String drillId, String tryId) {
        var attempt = store.attempt(tryId).orElseThrow(() -> new AccessDeniedException("no such try"));
        var turn = store.turn(attempt.turnId()).orElseThrow();
        checkMine(store.round(turn.roundId()).orElseThrow(), courseId, drillId);
        return attempt;
    }

    private void checkMine(DrillStore.Round round, String courseId, String drillId) {
        if (!round.username().equals(currentUser.require())
                || !round.courseId().equals(courseId)
                || !round.drillId().equals(drillId)) {
            throw new AccessDeniedException("not your drill round");
        }
    }

    record Found(String courseTitle, Drill drill) {}

    private Optional<Found> enrolled(String courseId, String drillId) {
        return catalog.enrolledCourse(courseId)
                .flatMap(p -> p.course()
                        .activity(drillId)
                        .filter(Drill.class::isInstance)
                        .map(a -> new Found(p.course().title(), (Drill) a)));
    }

    private Drill require(String courseId, String drillId) {
        return enrolled(courseId, drillId)
                .map(Found::drill)
                .orElseThrow(() -> new AccessDeniedException("no such drill in a course you are enrolled in"));
    }
}
