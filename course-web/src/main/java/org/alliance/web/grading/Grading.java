package org.alliance.web.grading;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alliance.core.agreement.RaterRatings;
import org.alliance.core.agreement.Release;
import org.alliance.web.account.Usernames;
import org.alliance.web.catalog.CatalogException;
import org.alliance.web.catalog.CourseRaters;
import org.alliance.web.catalog.CourseStaff;
import org.alliance.web.events.FreeTextGraded;
import org.alliance.web.events.GradeOverridden;
import org.alliance.web.grading.GradingStore.Rating;
import org.alliance.web.grading.GradingViews.Entry;
import org.alliance.web.grading.GradingViews.Queue;
import org.alliance.web.grading.GradingViews.Sheet;
import org.alliance.web.identity.CurrentUser;
import org.alliance.web.vignette.FreeTextAnswers;
import org.alliance.web.vignette.FreeTextAnswers.Answer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Grading free-text answers: its teachers and raters rate (first, a blind second, a resolution); teachers
 * release with a notice to the student; the owner (or an admin) overrides with a reason and adds a rater to
 * resolve a dispute. Every change is written to the audit log. An answer in a course the caller may not grade
 * reads as not found.
 */
@Service
public class Grading {
    private static final int MAX_COMMENT = 4000;
    private final FreeTextAnswers answers;
    private final CourseStaff staff;
    private final CourseRaters raters;
    private final GradingStore store;
    private final GradingSheets sheets;
    private final Clock clock;
    private final CurrentUser currentUser;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    Grading(
            FreeTextAnswers answers,
            CourseStaff staff,
            CourseRaters raters,
            GradingStore store,
            GradingSheets sheets,
            Clock clock,
            CurrentUser currentUser,
            TransactionTemplate transactions,
            ApplicationEventPublisher events) {
        this.events = events;
        this.answers = answers;
        this.staff = staff;
        this.raters = raters;
        this.store = store;
        this.sheets = sheets;
        this.clock = clock;
        this.currentUser = currentUser;
        this.transactions = transactions;
    }

    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public Optional<Queue> queue(String courseId) {
        if (!staff.canGrade(courseId)) {
            return Optional.empty();
        }
        var all = answers.ofCourse(courseId);
        var ids = all.stream().map(Answer::id).toList();
        var ratings = byAttempt(store.ratings(ids));
        var releases = store.releases(ids);
        Map<GradingStatus, Integer> counts = new EnumMap<>(GradingStatus.class);
        for (GradingStatus s : GradingStatus.values()) {
            counts.put(s, 0);
        }
        List<Entry> entries = new ArrayList<>();
        for (Answer a : all) {
            var own = ratings.getOrDefault(a.id(), List.of());
            var status = GradeDecision.of(a.vignette(), a.scale(), own).status(releases.containsKey(a.id()));
            counts.merge(status, 1, Integer::sum);
            entries.add(new Entry(
                    a.publicId(),
                    a.username(),
                    a.title(),
                    a.finishedAt(),
                    status,
                    (int) own.stream()
                            .filter(r -> r.kind() != RatingKind.OVERRIDE)
                            .count(),
                    Optional.ofNullable(releases.get(a.id())).map(GradingStore.Release::score)));
        }
        return Optional.of(new Queue(courseId, counts, entries));
    }

    /** The grading sheet of one answer, as the signed-in grader may see it (blind until they have rated). */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public Optional<Sheet> sheet(String courseId, String publicId) {
        return answers.toGrade(courseId, publicId).map(a -> sheets.of(courseId, a, currentUser.require()));
    }

    /**
     * Saves the caller's rating in the slot open to them (see {@link Seat}): first, second (a different person),
     * resolution (a third person, disputed dimensions only), or a revision of their first rating while no second
     * rating has been filed; the revised version is kept and the audit log has a row for each. Two raters filing
     * into the same slot at once each rated without the other's rating in view, so the one that arrives second is
     * filed in the next slot open to them (the blind second rating), and is refused only if none is.
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public void rate(
            String courseId, String publicId, Map<String, Integer> ratings, boolean safetyConcern, String comment) {
        try {
            transactions.executeWithoutResult(s -> rateOnce(courseId, publicId, ratings, safetyConcern, comment));
        } catch (DuplicateKeyException takenAlongside) {
            try {
                transactions.executeWithoutResult(s -> rateOnce(courseId, publicId, ratings, safetyConcern, comment));
            } catch (DuplicateKeyException takenAgain) {
                throw new GradingException("grading.changed-meanwhile");
            }
        }
    }

    private void rateOnce(
            String courseId, String publicId, Map<String, Integer> ratings, boolean safetyConcern, String comment) {
        Answer a = answer(courseId, publicId);
        var decision = GradeDecision.of(a.vignette(), a.scale(), ratingsOf(a));
        String me = currentUser.require();
        var seat = Seat.of(decision, store.release(a.id()).isPresent(), me);
        RatingKind kind = seat.slot().orElseThrow(() -> new GradingException("grading.cannot-rate"));
        var required = kind == RatingKind.RESOLUTION && decision.release() instanceof Release.NeedsResolution n
                ? n.dimensions()
                : a.vignette().dimensions();
        var clean = checked(a, ratings, required);
        Optional<Double> oldPending = pending(a, decision);
        if (seat.current().isPresent()) {
            store.reviseRating(seat.current().get(), clean, safetyConcern, trimmed(comment), clock.instant());
        } else {
            store.addRating(a.id(), kind, 0, me, clean, safetyConcern, trimmed(comment), clock.instant());
        }
        AuditAction action = seat.current().isPresent()
                ? AuditAction.REVISED
                : switch (kind) {
                    case FIRST -> AuditAction.RATED_FIRST;
                    case SECOND -> AuditAction.RATED_SECOND;
                    default -> AuditAction.RESOLVED;
                };
        store.audit(
                a.id(),
                me,
                clock.instant(),
                action,
                oldPending.orElse(null),
                pending(a, GradeDecision.of(a.vignette(), a.scale(), ratingsOf(a)))
                        .orElse(null),
                null);
    }

    /**
     * The owner (or an admin) adds an existing instructor as a rater of the course, to resolve this answer's
     * dispute: only while two raters differ beyond the threshold, and never one of those two.
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional
    public void addRater(String courseId, String publicId, String username) {
        Answer a = answer(courseId, publicId);
        if (!staff.owns(courseId)) {
            throw new GradingException("grading.owner-only");
        }
        var decision = GradeDecision.of(a.vignette(), a.scale(), ratingsOf(a));
        if (decision.status(store.release(a.id()).isPresent()) != GradingStatus.NEEDS_RESOLUTION) {
            throw new GradingException("grading.no-dispute");
        }
        String name = Usernames.normalise(username);
        if (decision.first().filter(r -> r.rater().equals(name)).isPresent()
                || decision.second().filter(r -> r.rater().equals(name)).isPresent()) {
            throw new GradingException("grading.rater-rated");
        }
        try {
            raters.add(courseId, name);
        } catch (CatalogException e) {
            throw new GradingException(e.messageKey());
        }
        store.audit(a.id(), currentUser.require(), clock.instant(), AuditAction.RATER_ADDED, null, null, name);
    }

    /** Shows the grade to the student (writes it on the attempt) and sends them a notice. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional
    public void release(String courseId, String publicId, String commentToStudent) {
        Answer a = taught(courseId, publicId);
        var decision = GradeDecision.of(a.vignette(), a.scale(), ratingsOf(a));
        if (store.release(a.id()).isPresent()) {
            throw new GradingException("grading.already-released");
        }
        if (Seat.of(decision, false, currentUser.require()).blind()) {
            // Releasing needs the score in view, and someone who may still rate this answer rates it blind first.
            throw new GradingException("grading.rate-before-release");
        }
        Release.Released r = decision.releasable(a.vignette(), a.scale())
                .orElseThrow(() -> new GradingException("grading.not-releasable"));
        try {
            store.insertRelease(new GradingStore.Release(
                    a.id(),
                    r.score(),
                    r.dimensionRatings(),
                    r.safetyFlagged(),
                    trimmed(commentToStudent),
                    currentUser.require(),
                    clock.instant()));
        } catch (DuplicateKeyException e) {
            throw new GradingException("grading.already-released");
        }
        answers.grade(courseId, publicId, r.score(), r.safetyFlagged());
        events.publishEvent(new FreeTextGraded(
                a.username(), courseId, a.vignetteId(), publicId, r.score(), r.dimensionRatings(), clock.instant()));
        store.audit(a.id(), currentUser.require(), clock.instant(), AuditAction.RELEASED, a.score(), r.score(), null);
        store.addNotice(a.username(), clock.instant(), "notice.grade-released", List.of(a.title()), debrief(publicId));
    }

    /**
     * The owner (or an admin) changes a released grade: new ratings on every dimension, and a reason, which the
     * audit log keeps. Raters, co-instructors included, cannot: once both have filed, only a resolution rating or
     * this documented override changes the outcome.
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional
    public void override(
            String courseId,
            String publicId,
            Map<String, Integer> ratings,
            boolean safetyConcern,
            String commentToStudent,
            String reason) {
        Answer a = answer(courseId, publicId);
        if (!staff.owns(courseId)) {
            throw new GradingException("grading.owner-only");
        }
        var released = store.release(a.id()).orElseThrow(() -> new GradingException("grading.not-released"));
        if (reason.isBlank()) {
            throw new GradingException("grading.reason-required");
        }
        var clean = checked(a, ratings, a.vignette().dimensions());
        var r = GradeDecision.alone(
                a.vignette(), a.scale(), new RaterRatings(currentUser.require(), clean, safetyConcern));
        int seq = GradeDecision.of(a.vignette(), a.scale(), ratingsOf(a))
                        .overrides()
                        .size()
                + 1;
        try {
            store.addRating(
                    a.id(),
                    RatingKind.OVERRIDE,
                    seq,
                    currentUser.require(),
                    clean,
                    safetyConcern,
                    trimmed(reason),
                    clock.instant());
        } catch (DuplicateKeyException e) {
            throw new GradingException("grading.changed-meanwhile");
        }
        store.updateRelease(new GradingStore.Release(
                a.id(),
                r.score(),
                r.dimensionRatings(),
                r.safetyFlagged(),
                trimmed(commentToStudent),
                currentUser.require(),
                clock.instant()));
        answers.grade(courseId, publicId, r.score(), r.safetyFlagged());
        events.publishEvent(new GradeOverridden(
                a.username(),
                courseId,
                a.vignetteId(),
                publicId,
                r.score(),
                r.dimensionRatings(),
                reason.strip(),
                clock.instant()));
        store.audit(
                a.id(),
                currentUser.require(),
                clock.instant(),
                AuditAction.OVERRIDDEN,
                released.score(),
                r.score(),
                reason.strip());
        store.addNotice(a.username(), clock.instant(), "notice.grade-changed", List.of(a.title()), debrief(publicId));
    }

    /** What release would give now, whoever asks: for the audit log, never for a blind rater's page. */
    private static Optional<Double> pending(Answer a, GradeDecision decision) {
        return decision.releasable(a.vignette(), a.scale()).map(Release.Released::score);
    }

    private Map<String, Integer> checked(Answer a, Map<String, Integer> ratings, List<String> required) {
        Map<String, Integer> clean = new LinkedHashMap<>();
        for (String dimension : required) {
            Integer rating = ratings.get(dimension);
            if (rating == null || !a.scale().contains(rating)) {
                throw new GradingException("grading.rate-every-dimension");
            }
            clean.put(dimension, rating);
        }
        return clean;
    }

    /** An answer the caller may grade (a teacher or a rater of the course). */
    private Answer answer(String courseId, String publicId) {
        return answers.toGrade(courseId, publicId).orElseThrow(() -> new GradingException("grading.not-found"));
    }

    /** An answer of a course the caller teaches: raters may rate, not release. */
    private Answer taught(String courseId, String publicId) {
        return answers.toGrade(courseId, publicId)
                .filter(a -> staff.canTeach(courseId))
                .orElseThrow(() -> new GradingException("grading.not-found"));
    }

    private List<Rating> ratingsOf(Answer a) {
        return store.ratings(List.of(a.id()));
    }

    private static Map<Long, List<Rating>> byAttempt(List<Rating> ratings) {
        Map<Long, List<Rating>> by = new LinkedHashMap<>();
        ratings.forEach(
                r -> by.computeIfAbsent(r.attemptId(), k -> new ArrayList<>()).add(r));
        return by;
    }

    private static String trimmed(String text) {
        String t = text.strip();
        return t.length() > MAX_COMMENT ? t.substring(0, MAX_COMMENT) : t;
    }

    private static String debrief(String publicId) {
        return "vignette-attempts/" + publicId + "/debrief";
    }
}
