package org.alliance.web.lti;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.alliance.web.catalog.CourseStaff;
import org.alliance.web.lti.GradeOutboxStore.Pending;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A taught course's LMS side, for its teachers: which LMS courses link to it, grades waiting to go to them (and
 * "send again"), and pulling an LMS course's roster into the enrolment (Names and Role Provisioning).
 */
@Service
public class LmsCourses {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(LmsCourses.class);
    /** A grade on its way or delivered, as the teacher sees it. */
    public record GradeLine(
            String username,
            String activity,
            @org.jspecify.annotations.Nullable Double score,
            String gradingProgress,
            int tries,
            @org.jspecify.annotations.Nullable String lastError,
            boolean sent,
            java.time.Instant at) {}

    public record LinkedContext(String platform, String contextId, String title, boolean roster) {}

    /** What a roster pull did; {@code unreachable}: linked LMS courses whose roster could not be read. */
    public record RosterResult(int students, int staff, int refused, int unreachable) {}

    private final CourseStaff staff;
    private final LinkStore links;
    private final PlatformStore platforms;
    private final GradeOutboxStore outbox;
    private final RosterPull roster;
    private final Clock clock;

    LmsCourses(
            CourseStaff staff,
            LinkStore links,
            PlatformStore platforms,
            GradeOutboxStore outbox,
            RosterPull roster,
            Clock clock) {
        this.staff = staff;
        this.links = links;
        this.platforms = platforms;
        this.outbox = outbox;
        this.roster = roster;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public List<LinkedContext> contexts(String courseId) {
        if (!staff.canTeach(courseId)) {
            return List.of();
        }
        Map<Long, String> names = platforms.all().stream()
                .collect(java.util.stream.Collectors.toMap(Platform::requireId, Platform::name));
        return links.contextsOf(courseId).stream()
                .map(c -> new LinkedContext(
                        names.getOrDefault(c.platformId(), "?"),
                        c.contextId(),
                        c.title() == null ? c.contextId() : c.title(),
                        c.membershipsUrl() != null))
                .toList();
    }

    /** Grades not yet accepted (oldest first) or, with {@code sent}, the latest delivered ones. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public List<GradeLine> grades(String courseId, boolean sent) {
        var course = staff.taught(courseId);
        if (course.isEmpty()) {
            return List.of();
        }
        Map<String, String> titles = new java.util.HashMap<>();
        course.get().course().activities().forEach(a -> titles.put(a.id(), a.title()));
        return outbox.ofCourse(courseId, sent, 200).stream()
                .map(p -> line(p, titles.getOrDefault(p.activityId(), p.activityId())))
                .toList();
    }

    /** Makes every waiting grade of the course due now; returns how many. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional
    public int resend(String courseId) {
        if (!staff.canTeach(courseId)) {
            throw new LtiException("lti.course.error.not-taught");
        }
        return outbox.resend(courseId, clock.instant());
    }

    /** Pulls the roster of every LMS course linked to this course that offers Names and Roles. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional
    public RosterResult pullRoster(String courseId) {
        if (!staff.canTeach(courseId)) {
            throw new LtiException("lti.course.error.not-taught");
        }
        int students = 0;
        int teachers = 0;
        int refused = 0;
        int unreachable = 0;
        for (var context : links.contextsOf(courseId)) {
            var platform = platforms.byId(context.platformId());
            if (platform.isEmpty() || context.membershipsUrl() == null) {
                continue;
            }
            try {
                var r = roster.pull(platform.get(), context.membershipsUrl(), courseId);
                students += r.students();
                teachers += r.staff();
                refused += r.refused();
            } catch (DataAccessException e) {
                throw e;
            } catch (RuntimeException e) {
                // One LMS down or refusing must not keep the others' rosters out.
                unreachable++;
                log.warn(
                        "Roster of {} not pulled from {}: {}",
                        context.contextId(),
                        platform.get().issuer(),
                        e.getMessage());
            }
        }
        return new RosterResult(students, teachers, refused, unreachable);
    }

    private static GradeLine line(Pending p, String activity) {
        return new GradeLine(
                p.username(),
                activity,
                p.scoreGiven(),
                p.gradingProgress(),
                p.tries(),
                p.lastError(),
                p.sentAt() != null,
                p.sentAt() != null ? p.sentAt() : p.createdAt());
    }
}
