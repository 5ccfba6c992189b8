package org.alliance.web.grading;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.alliance.core.agreement.AgreementReport;
import org.alliance.core.agreement.RaterRatings;
import org.alliance.core.agreement.Release;
import org.alliance.web.catalog.CourseStaff;
import org.alliance.web.grading.GradingStore.Rating;
import org.alliance.web.grading.GradingViews.Agreement;
import org.alliance.web.grading.GradingViews.AuditView;
import org.alliance.web.grading.GradingViews.Entry;
import org.alliance.web.grading.GradingViews.Queue;
import org.alliance.web.grading.GradingViews.RatingView;
import org.alliance.web.grading.GradingViews.Sheet;
import org.alliance.web.vignette.FreeTextAnswers;
import org.alliance.web.vignette.FreeTextAnswers.Answer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grading free-text answers for the teachers of a course (admins too): rate, a second rater, resolution,
 * release with a notice to the student, override with a reason. Every change is written to the audit log.
 * An answer in a course the caller does not teach reads as not found.
 */
@Service
public class Grading {
    private static final int MAX_COMMENT = 4000;
    private final FreeTextAnswers answers;
    private final CourseStaff staff;
    private final GradingStore store;
    private final Clock clock;

    Grading(FreeTextAnswers answers, CourseStaff staff, GradingStore store, Clock clock) {
        this.answers = answers;
        this.staff = staff;
        this.store = store;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public Optional<Queue> queue(String courseId) {
        if (!staff.canTeach(courseId)) {
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
            entries.add(new Entry(a.publicId(), a.username(), a.title(), a.finishedAt(), status,
                    (int) own.stream().filter(r -> r.kind() != RatingKind.OVERRIDE).count(),
                    Optional.ofNullable(releases.get(a.id())).map(GradingStore.Release::score)));
        }
        return Optional.of(new Queue(courseId, counts, entries));
    }

    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public Optional<Sheet> sheet(String courseId, String publicId) {
        return answers.taught(courseId, publicId).map(a -> sheet(courseId, a, true));
    }

    /**
     * Saves the caller's rating in the slot open to them: first, second (a different person), resolution (a
     * third person, disputed dimensions only), or their own rating again while nobody has built on it.
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional
    public void rate(String courseId, String publicId, Map<String, Integer> ratings, boolean safetyConcern,
            String comment) {
        Answer a = answer(courseId, publicId);
        Sheet before = sheet(courseId, a, false);
        RatingKind kind = before.myRating().orElseThrow(() -> new GradingException("grading.cannot-rate"));
        var clean = checked(a, ratings, before.required());
        String me = me();
        Optional<Double> oldPending = before.pending();
        try {
            if (before.current().isPresent()) {
                long id = ratingsOf(a).stream().filter(r -> r.kind() == kind && r.rater().equals(me)).findFirst()
                        .orElseThrow().id();
                store.replaceRating(id, clean, safetyConcern, trimmed(comment), clock.instant());
            } else {
                store.addRating(a.id(), kind, 0, me, clean, safetyConcern, trimmed(comment), clock.instant());
            }
        } catch (DuplicateKeyException e) {
            throw new GradingException("grading.changed-meanwhile");
        }
        AuditAction action = before.current().isPresent() ? AuditAction.REVISED : switch (kind) {
            case FIRST -> AuditAction.RATED_FIRST;
            case SECOND -> AuditAction.RATED_SECOND;
            default -> AuditAction.RESOLVED;
        };
        store.audit(a.id(), me, clock.instant(), action, oldPending.orElse(null),
                sheet(courseId, a, false).pending().orElse(null), null);
    }

    /** Shows the grade to the student (writes it on the attempt) and sends them a notice. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional
    public void release(String courseId, String publicId, String commentToStudent) {
        Answer a = answer(courseId, publicId);
        var decision = GradeDecision.of(a.vignette(), a.scale(), ratingsOf(a));
        if (store.release(a.id()).isPresent()) {
            throw new GradingException("grading.already-released");
        }
        Release.Released r = decision.releasable(a.vignette(), a.scale())
                .orElseThrow(() -> new GradingException("grading.not-releasable"));
        try {
            store.insertRelease(new GradingStore.Release(a.id(), r.score(), r.dimensionRatings(), r.safetyFlagged(),
                    trimmed(commentToStudent), me(), clock.instant()));
        } catch (DuplicateKeyException e) {
            throw new GradingException("grading.already-released");
        }
        answers.grade(courseId, publicId, r.score(), r.safetyFlagged());
        store.audit(a.id(), me(), clock.instant(), AuditAction.RELEASED, a.score(), r.score(), null);
        store.addNotice(a.username(), clock.instant(), "notice.grade-released", List.of(a.title()),
                debrief(publicId));
    }

    /** Changes a released grade: new ratings on every dimension, and a reason, which the audit log keeps. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional
    public void override(String courseId, String publicId, Map<String, Integer> ratings, boolean safetyConcern,
            String commentToStudent, String reason) {
        Answer a = answer(courseId, publicId);
        var released = store.release(a.id()).orElseThrow(() -> new GradingException("grading.not-released"));
        if (reason.isBlank()) {
            throw new GradingException("grading.reason-required");
        }
        var clean = checked(a, ratings, a.vignette().dimensions());
        var r = GradeDecision.alone(a.vignette(), a.scale(), new RaterRatings(me(), clean, safetyConcern));
        int seq = GradeDecision.of(a.vignette(), a.scale(), ratingsOf(a)).overrides().size() + 1;
        try {
            store.addRating(a.id(), RatingKind.OVERRIDE, seq, me(), clean, safetyConcern, trimmed(reason),
                    clock.instant());
        } catch (DuplicateKeyException e) {
            throw new GradingException("grading.changed-meanwhile");
        }
        store.updateRelease(new GradingStore.Release(a.id(), r.score(), r.dimensionRatings(), r.safetyFlagged(),
                trimmed(commentToStudent), me(), clock.instant()));
        answers.grade(courseId, publicId, r.score(), r.safetyFlagged());
        store.audit(a.id(), me(), clock.instant(), AuditAction.OVERRIDDEN, released.score(), r.score(),
                reason.strip());
        store.addNotice(a.username(), clock.instant(), "notice.grade-changed", List.of(a.title()), debrief(publicId));
    }

    /** The page's state; the agreement (which reads the whole course) only when the page shows it. */
    private Sheet sheet(String courseId, Answer a, boolean withAgreement) {
        var ratings = ratingsOf(a);
        var decision = GradeDecision.of(a.vignette(), a.scale(), ratings);
        var released = store.release(a.id());
        var status = decision.status(released.isPresent());
        String me = me();
        Optional<RatingKind> slot = Optional.empty();
        Optional<Rating> current = Optional.empty();
        if (released.isEmpty()) {
            var first = decision.first();
            var second = decision.second();
            var resolution = decision.resolution();
            if (first.isEmpty()) {
                slot = Optional.of(RatingKind.FIRST);
            } else if (first.get().rater().equals(me)) {
                current = second.isEmpty() ? first : Optional.empty();
            } else if (second.isEmpty()) {
                slot = Optional.of(RatingKind.SECOND);
            } else if (second.get().rater().equals(me)) {
                current = resolution.isEmpty() ? second : Optional.empty();
            } else if (resolution.isPresent()) {
                current = resolution.filter(r -> r.rater().equals(me));
            } else if (status == GradingStatus.NEEDS_RESOLUTION) {
                slot = Optional.of(RatingKind.RESOLUTION);
            }
            if (current.isPresent()) {
                slot = current.map(Rating::kind);
            }
        }
        List<String> disputed = decision.release() instanceof Release.NeedsResolution n ? n.dimensions()
                : decision.resolution().map(r -> List.copyOf(r.ratings().keySet())).orElse(List.of());
        boolean safetyDisputed = decision.first().isPresent() && decision.second().isPresent()
                && decision.first().get().safetyConcern() != decision.second().get().safetyConcern();
        var required = slot.filter(k -> k == RatingKind.RESOLUTION).isPresent() ? disputed : a.vignette().dimensions();
        var pending = released.isPresent() ? Optional.<Double>empty()
                : decision.releasable(a.vignette(), a.scale()).map(Release.Released::score);
        var audit = store.auditLog(a.id()).stream().map(e -> new AuditView(e.actor(), e.at(),
                AuditAction.valueOf(e.action()), Optional.ofNullable(e.oldScore()), Optional.ofNullable(e.newScore()),
                Optional.ofNullable(e.reason()))).toList();
        return new Sheet(a, status, ratings.stream().map(Grading::view).toList(), disputed, safetyDisputed, slot,
                current.map(Grading::view), required, pending,
                released.map(r -> new GradingViews.Released(r.score(), r.ratings(), r.safetyFlagged(),
                        r.comment() == null ? "" : r.comment(), r.releasedBy(), r.releasedAt())),
                audit, withAgreement ? agreement(courseId, a)
                        : new Agreement(0, 0, OptionalDouble.empty(), OptionalDouble.empty(), Map.of()));
    }

    /** ICC(2,1) and quadratic kappa, as course-core computes them, over this vignette's doubly-rated answers. */
    private Agreement agreement(String courseId, Answer of) {
        var same = answers.ofCourse(courseId).stream().filter(x -> x.vignetteId().equals(of.vignetteId())).toList();
        var ratings = byAttempt(store.ratings(same.stream().map(Answer::id).toList()));
        var dimensions = of.vignette().dimensions();
        List<AgreementReport.Pair> pairs = new ArrayList<>();
        for (Answer x : same) {
            var decision = GradeDecision.of(x.vignette(), x.scale(), ratings.getOrDefault(x.id(), List.of()));
            if (decision.first().isPresent() && decision.second().isPresent()
                    && decision.first().get().ratings().keySet().containsAll(dimensions)
                    && decision.second().get().ratings().keySet().containsAll(dimensions)) {
                pairs.add(new AgreementReport.Pair(GradeDecision.rater(decision.first().get()),
                        GradeDecision.rater(decision.second().get())));
            }
        }
        var report = AgreementReport.of(dimensions, of.scale().min(), of.scale().max(), pairs);
        return new Agreement(pairs.size(), report.ratedUnits(), report.icc21(), report.quadraticKappa(),
                report.iccByDimension());
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

    private Answer answer(String courseId, String publicId) {
        return answers.taught(courseId, publicId).orElseThrow(() -> new GradingException("grading.not-found"));
    }

    private List<Rating> ratingsOf(Answer a) {
        return store.ratings(List.of(a.id()));
    }

    private static Map<Long, List<Rating>> byAttempt(List<Rating> ratings) {
        Map<Long, List<Rating>> by = new LinkedHashMap<>();
        ratings.forEach(r -> by.computeIfAbsent(r.attemptId(), k -> new ArrayList<>()).add(r));
        return by;
    }

    private static RatingView view(Rating r) {
        return new RatingView(r.kind(), r.rater(), r.ratedAt(), r.ratings(), r.safetyConcern(),
                r.comment() == null ? "" : r.comment());
    }

    private static String trimmed(String text) {
        String t = text.strip();
        return t.length() > MAX_COMMENT ? t.substring(0, MAX_COMMENT) : t;
    }

    private static String debrief(String publicId) {
        return "vignette-attempts/" + publicId + "/debrief";
    }

    private static String me() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }
}
