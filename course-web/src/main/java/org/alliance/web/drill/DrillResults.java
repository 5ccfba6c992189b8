package org.alliance.web.drill;

import java.util.List;
import java.util.Map;
import org.alliance.web.catalog.CourseStaff;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Teachers' read of drill practice for other features (the gradebook export): completion figures, never a grade.
 * Nothing for anyone who does not teach the course.
 */
@Service
public class DrillResults {
    private final DrillReportStore store;
    private final CourseStaff staff;

    DrillResults(DrillReportStore store, CourseStaff staff) {
        this.store = store;
        this.staff = staff;
    }

    /**
     * Statements practised per student and drill for a page of students, in one query: username to drill id to
     * count; a student or drill with none is absent.
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public Map<String, Map<String, Integer>> statementsPractised(String courseId, List<String> usernames) {
        return staff.canTeach(courseId) ? store.statementsPractised(courseId, usernames) : Map.of();
    }
}
