package org.alliance.web.grading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alliance.core.agreement.AgreementReport;
import org.alliance.core.agreement.Release;
import org.alliance.web.catalog.CourseStaff;
import org.alliance.web.grading.GradingStore.Rating;
import org.alliance.web.grading.GradingViews.Agreement;
import org.alliance.web.grading.GradingViews.AuditView;
import org.alliance.web.grading.GradingViews.Powers;
import org.alliance.web.grading.GradingViews.RatingView;
import org.alliance.web.grading.GradingViews.RevisionView;
import org.alliance.web.grading.GradingViews.Sheet;
import org.alliance.web.vignette.FreeTextAnswers;
import org.alliance.web.vignette.FreeTextAnswers.Answer;
import org.springframework.stereotype.Component;

/**
 * Builds the grading sheet of one answer for one viewer. What a blind rater may not see is left out here, in
 * the service, so no view can show it by mistake and the browser never receives it.
 */
@Component
class GradingSheets {
    private final FreeTextAnswers answers;
    private final CourseStaff staff;
    private final GradingStore store;

    GradingSheets(FreeTextAnswers answers, CourseStaff staff, GradingStore store) {
        this.answers = answers;
        this.staff = staff;
        this.store = store;
    }

    /** The sheet as {@code viewer} may see it; the agreement (which reads the whole course) only when shown. */
    Sheet of(String courseId, Answer a, String viewer) {
        var ratings = store.ratings(List.of(a.id()));
        var decision = GradeDecision.of(a.vignette(), a.scale(), ratings);
        var released = store.release(a.id());
        var status = decision.status(released.isPresent());
        var seat = Seat.of(decision, released.isPresent(), viewer);
        boolean blind = seat.blind();
        List<String> disputed = decision.release() instanceof Release.NeedsResolution n
                ? n.dimensions()
                : decision.resolution()
                        .map(r -> List.copyOf(r.ratings().keySet()))
                        .orElse(List.of());
        boolean safetyDisputed = decision.first().isPresent()
                && decision.second().isPresent()
                && decision.first().get().safetyConcern()
                        != decision.second().get().safetyConcern();
        var required = seat.slot().filter(k -> k == RatingKind.RESOLUTION).isPresent()
                ? disputed
                : a.vignette().dimensions();
        var powers = new Powers(
                !blind && staff.canTeach(courseId),
                released.isPresent() && staff.owns(courseId),
                status == GradingStatus.NEEDS_RESOLUTION && staff.owns(courseId));
        if (blind) {
            return new Sheet(
                    a,
                    status,
                    true,
                    List.of(),
                    disputed,
                    safetyDisputed,
                    seat.slot(),
                    Optional.empty(),
                    required,
                    Optional.empty(),
                    Optional.empty(),
                    List.of(),
                    Agreement.NONE,
                    powers);
        }
        var pending = released.isPresent()
                ? Optional.<Double>empty()
                : decision.releasable(a.vignette(), a.scale()).map(Release.Released::score);
        var audit = store.auditLog(a.id()).stream()
                .map(e -> new AuditView(
                        e.actor(),
                        e.at(),
                        AuditAction.valueOf(e.action()),
                        Optional.ofNullable(e.oldScore()),
                        Optional.ofNullable(e.newScore()),
                        Optional.ofNullable(e.reason())))
                .toList();
        return new Sheet(
                a,
                status,
                false,
                ratings.stream().map(GradingSheets::view).toList(),
                disputed,
                safetyDisputed,
                seat.slot(),
                seat.current().map(GradingSheets::view),
                required,
                pending,
                released.map(r -> new GradingViews.Released(
                        r.score(),
                        r.ratings(),
                        r.safetyFlagged(),
                        r.comment() == null ? "" : r.comment(),
                        r.releasedBy(),
                        r.releasedAt())),
                audit,
                agreement(courseId, a),
                powers);
    }

    /**
     * ICC(2,1) and quadratic kappa, as course-core computes them, over this vignette's doubly-rated answers,
     * each rating as its rater first filed it.
     */
    Agreement agreement(String courseId, Answer of) {
        var same = answers.ofCourse(courseId).stream()
                .filter(x -> x.vignetteId().equals(of.vignetteId()))
                .toList();
        Map<Long, List<Rating>> byAttempt = new LinkedHashMap<>();
        store.ratings(same.stream().map(Answer::id).toList())
                .forEach(r -> byAttempt
                        .computeIfAbsent(r.attemptId(), k -> new ArrayList<>())
                        .add(r));
        var dimensions = of.vignette().dimensions();
        List<AgreementReport.Pair> pairs = new ArrayList<>();
        for (Answer x : same) {
            var decision = GradeDecision.of(x.vignette(), x.scale(), byAttempt.getOrDefault(x.id(), List.of()));
            if (decision.first().isPresent() && decision.second().isPresent()) {
                var first = GradeDecision.firstFiled(decision.first().get());
                var second = GradeDecision.firstFiled(decision.second().get());
                if (first.ratings().keySet().containsAll(dimensions)
                        && second.ratings().keySet().containsAll(dimensions)) {
                    pairs.add(new AgreementReport.Pair(first, second));
                }
            }
        }
        var report = AgreementReport.of(dimensions, of.scale().min(), of.scale().max(), pairs);
        return new Agreement(
                pairs.size(), report.ratedUnits(), report.icc21(), report.quadraticKappa(), report.iccByDimension());
    }

    static RatingView view(Rating r) {
        return new RatingView(
                r.kind(),
                r.rater(),
                r.ratedAt(),
                r.ratings(),
                r.safetyConcern(),
                r.comment() == null ? "" : r.comment(),
                r.earlier().stream()
                        .map(v -> new RevisionView(
                                v.ratedAt(), v.ratings(), v.safetyConcern(), v.comment() == null ? "" : v.comment()))
                        .toList());
    }
}
