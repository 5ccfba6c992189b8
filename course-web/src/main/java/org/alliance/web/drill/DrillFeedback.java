package org.alliance.web.drill;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.alliance.core.model.Course;
import org.alliance.core.model.Criterion;
import org.alliance.core.model.Drill;
import org.alliance.core.model.DrillStatement;
import org.alliance.web.catalog.CourseStaff;
import org.alliance.web.drill.DrillFeedbackStore.Sent;
import org.alliance.web.drill.DrillTeachingViews.FeedbackAnswer;
import org.alliance.web.drill.DrillTeachingViews.FeedbackSheet;
import org.alliance.web.grading.FeedbackRequests.Request;
import org.alliance.web.grading.Notices;
import org.alliance.web.identity.CurrentUser;
import org.alliance.web.navigation.Links;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Instructors' side of the responses students send for feedback: the requests of a course, one response with its
 * statement and criteria, and the answer (criteria met and a comment), which replaces any earlier one and tells
 * the student. Whoever may grade the course may answer; it is never a grade. A course or response the caller may
 * not see reads as not found.
 */
@Service
public class DrillFeedback {
    public static final int MAX_COMMENT = 4000;

    private final DrillFeedbackStore store;
    private final CourseStaff staff;
    private final Notices notices;
    private final CurrentUser currentUser;
    private final Clock clock;

    DrillFeedback(DrillFeedbackStore store, CourseStaff staff, Notices notices, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.staff = staff;
        this.notices = notices;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The requests of a course the caller may grade: the open ones, oldest first; then the answered ones, the
     * latest answer first.
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public List<Request> requests(String courseId) {
        var graded = staff.graded(courseId);
        if (graded.isEmpty()) {
            return List.of();
        }
        Course course = graded.get().course();
        List<Request> all = store.sentIn(courseId).stream()
                .map(s -> {
                    var drill = drill(course, s.drillId());
                    return new Request(
                            s.username(),
                            drill.map(Drill::title).orElse(s.drillId()),
                            drill.flatMap(d -> d.statement(s.statementId()))
                                    .map(DrillStatement::client)
                                    .orElse(""),
                            s.requestedAt(),
                            Optional.ofNullable(s.answeredAt()),
                            Links.drillFeedback(courseId, s.tryId()));
                })
                .toList();
        var open = all.stream().filter(Request::open).sorted(Comparator.comparing(Request::requestedAt));
        var answered = all.stream()
                .filter(r -> !r.open())
                .sorted(Comparator.comparing((Request r) -> r.answeredAt().orElseThrow())
                        .reversed());
        return Stream.concat(open, answered).toList();
    }

    /** One response sent for feedback in a course the caller may grade, with what to answer it against. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public Optional<FeedbackSheet> sheet(String courseId, String tryId) {
        return found(courseId, tryId).map(f -> {
            Sent s = f.sent();
            var statement = f.drill().statement(s.statementId());
            return new FeedbackSheet(
                    courseId,
                    s.tryId(),
                    s.username(),
                    s.drillId(),
                    f.drill().title(),
                    f.drill().skill(),
                    statement.map(DrillStatement::context).orElse(""),
                    statement.map(DrillStatement::tone).orElse(""),
                    statement.map(DrillStatement::client).orElse(""),
                    s.response(),
                    statement.map(f.drill()::criteriaFor).orElse(List.of()),
                    s.requestedAt(),
                    s.answeredAt() == null
                            ? Optional.empty()
                            : Optional.of(new FeedbackAnswer(
                                    s.answeredBy() == null ? "" : s.answeredBy(),
                                    s.answeredAt(),
                                    Set.copyOf(s.met()),
                                    s.comment() == null ? "" : s.comment())));
        });
    }

    /**
     * Answers a response sent for feedback: which of its statement's criteria it meets, and a comment (required).
     * Answering again replaces the answer. The student gets a notice linking to the drill, where the answer shows.
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional
    public void answer(String courseId, String tryId, Set<String> met, String comment) {
        Found f = found(courseId, tryId).orElseThrow(() -> new DrillException("drill.feedback.not-found"));
        String text = comment.strip();
        if (text.isEmpty()) {
            throw new DrillException("drill.feedback.comment-required");
        }
        if (text.length() > MAX_COMMENT) {
            throw new DrillException("drill.feedback.comment-too-long");
        }
        Sent s = f.sent();
        // Only the statement's own criteria are kept, in the drill's order: a stale or forged id is dropped.
        List<String> known = f.drill().statement(s.statementId()).map(f.drill()::criteriaFor).orElse(List.of()).stream()
                .map(Criterion::id)
                .filter(new HashSet<>(met)::contains)
                .toList();
        store.answer(tryId, currentUser.require(), clock.instant(), known, text);
        notices.notifyStudent(
                courseId,
                s.username(),
                "notice.drill-feedback",
                List.of(f.drill().title()),
                Links.drill(courseId, s.drillId()));
    }

    private record Found(Sent sent, Drill drill) {}

    /** A request of this course whose drill is still in the course, if the caller may grade the course. */
    private Optional<Found> found(String courseId, String tryId) {
        return staff.graded(courseId)
                .flatMap(p -> store.sent(tryId)
                        .filter(s -> s.courseId().equals(courseId))
                        .flatMap(s -> drill(p.course(), s.drillId()).map(d -> new Found(s, d))));
    }

    private static Optional<Drill> drill(Course course, String drillId) {
        return course.activity(drillId).filter(Drill.class::isInstance).map(Drill.class::cast);
    }
}
