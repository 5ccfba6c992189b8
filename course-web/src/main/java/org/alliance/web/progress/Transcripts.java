package org.alliance.web.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.alliance.core.grading.ActivityStatus;
import org.alliance.core.model.ActivityKind;
import org.alliance.web.account.AccountService;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.drill.PracticeLog;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in student's transcript: what My progress shows, per activity as well, with the date of issue. Only
 * ever one's own: every part comes from services that answer for the signed-in user alone.
 */
@Service
public class Transcripts {
    private final Progress progress;
    private final CourseCatalog catalog;
    private final PracticeLog practice;
    private final AccountService accounts;
    private final Clock clock;

    Transcripts(Progress progress, CourseCatalog catalog, PracticeLog practice, AccountService accounts, Clock clock) {
        this.progress = progress;
        this.catalog = catalog;
        this.practice = practice;
        this.accounts = accounts;
        this.clock = clock;
    }

    public record ActivityLine(String title, ActivityKind kind, ActivityStatus status) {}

    public record CourseRecord(Progress.Standing standing, List<ActivityLine> activities) {}

    public record Transcript(
            String name,
            String username,
            LocalDate issued,
            List<CourseRecord> courses,
            List<Progress.ConceptMastery> mastery,
            int practiceMinutes,
            int statementsPractised) {}

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Transcript mine() {
        var account = accounts.currentAccount();
        var overview = progress.overview();
        var courses = overview.courses().stream()
                .map(standing -> new CourseRecord(standing, activities(standing.courseId())))
                .toList();
        var log = practice.mine();
        return new Transcript(
                account.displayName(),
                account.username(),
                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC),
                courses,
                overview.mastery(),
                log.minutes(),
                log.statements());
    }

    private List<ActivityLine> activities(String courseId) {
        Map<String, ActivityStatus> statuses = progress.activityStatuses(courseId);
        return catalog.enrolledCourse(courseId).stream()
                .flatMap(p -> p.course().activities().stream())
                .map(a -> new ActivityLine(
                        a.title(), a.kind(), statuses.getOrDefault(a.id(), new ActivityStatus.NotDone())))
                .toList();
    }
}
