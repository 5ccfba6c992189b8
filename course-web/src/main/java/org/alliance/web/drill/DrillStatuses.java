package org.alliance.web.drill;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alliance.core.grading.ActivityStatus;
import org.alliance.core.grading.ActivityStatusRule;
import org.alliance.core.grading.AttemptFact;
import org.alliance.core.model.Drill;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.identity.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drills count for completion only: by course-core's {@link ActivityStatusRule}, done once the student has sent
 * a response to one of its statements. Drills not begun are absent.
 */
@Service
public class DrillStatuses {
    private final DrillStore store;
    private final CourseCatalog catalog;
    private final CurrentUser currentUser;

    DrillStatuses(DrillStore store, CourseCatalog catalog, CurrentUser currentUser) {
        this.store = store;
        this.catalog = catalog;
        this.currentUser = currentUser;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<String, ActivityStatus> statuses(String courseId) {
        var course = catalog.enrolledCourse(courseId);
        if (course.isEmpty()) {
            return Map.of();
        }
        Map<String, Instant> practised = store.firstTries(currentUser.require(), courseId);
        Map<String, ActivityStatus> statuses = new LinkedHashMap<>();
        for (var activity : course.get().course().activities()) {
            if (activity instanceof Drill drill && practised.containsKey(drill.id())) {
                statuses.put(
                        drill.id(),
                        ActivityStatusRule.of(drill, List.of(AttemptFact.drill(practised.get(drill.id())))));
            }
        }
        return statuses;
    }
}
