package org.alliance.web.drill;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.alliance.core.model.Course;
import org.alliance.core.model.Drill;
import org.alliance.core.model.Level;
import org.alliance.web.catalog.CourseStaff;
import org.alliance.web.drill.DrillTeachingViews.DrillPracticeSummary;
import org.alliance.web.drill.DrillTeachingViews.PracticeReport;
import org.alliance.web.drill.DrillTeachingViews.StudentPractice;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The practice report of a course for its teachers: per drill and per student, rounds, statements practised, the
 * highest level reached, active minutes and responses sent for feedback. Empty for anyone who does not teach the
 * course (a rater included: the report is not grading).
 */
@Service
public class DrillReport {
    private final DrillReportStore store;
    private final CourseStaff staff;

    DrillReport(DrillReportStore store, CourseStaff staff) {
        this.store = store;
        this.staff = staff;
    }

    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public Optional<PracticeReport> practice(String courseId) {
        return staff.taught(courseId).map(p -> report(courseId, p.course()));
    }

    private PracticeReport report(String courseId, Course course) {
        // Per drill id, per student (by name): the figures as they add up.
        Map<String, Map<String, Tally>> tallies = new TreeMap<>();
        for (var s : store.statements(courseId)) {
            var t = tally(tallies, s.drillId(), s.username());
            t.statements++;
            t.seconds += Math.min(s.seconds(), (int) DrillPractice.ACTIVE_CAP.toSeconds());
            if (t.highest == null || s.level().compareTo(t.highest) > 0) {
                t.highest = s.level();
            }
        }
        for (var r : store.rounds(courseId)) {
            tally(tallies, r.drillId(), r.username()).rounds = r.rounds();
        }
        for (var f : store.requests(courseId)) {
            var t = tally(tallies, f.drillId(), f.username());
            t.open = f.open();
            t.answered = f.answered();
        }
        List<DrillPracticeSummary> drills = new ArrayList<>();
        for (Drill drill : drills(course)) {
            var students = tallies.getOrDefault(drill.id(), Map.of()).entrySet().stream()
                    .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                    .map(e -> e.getValue().practice(e.getKey()))
                    .toList();
            drills.add(new DrillPracticeSummary(drill.id(), drill.title(), students));
        }
        return new PracticeReport(courseId, course.title(), drills);
    }

    /** The course's drills, in the order its lessons list them. */
    static List<Drill> drills(Course course) {
        return course.activities().stream()
                .filter(Drill.class::isInstance)
                .map(Drill.class::cast)
                .toList();
    }

    private static Tally tally(Map<String, Map<String, Tally>> tallies, String drillId, String username) {
        return tallies.computeIfAbsent(drillId, k -> new TreeMap<>()).computeIfAbsent(username, k -> new Tally());
    }

    /** One student's figures in one drill while they are added up. */
    private static final class Tally {
        int rounds;
        int statements;
        int seconds;

        @Nullable
        Level highest;

        int open;
        int answered;

        StudentPractice practice(String student) {
            return new StudentPractice(
                    student, rounds, statements, Optional.ofNullable(highest), (seconds + 30) / 60, open, answered);
        }
    }
}
