package org.alliance.web.catalog;

import java.time.Clock;
import org.alliance.web.persistence.StartupTask;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** In the demo data, the demo instructor co-teaches every bundled course. Runs after they are loaded. */
@Component
@ConditionalOnBooleanProperty("alliance.demo.enabled")
@Order(100)
class DemoTeaching implements StartupTask {
    private final CourseStore store;
    private final Clock clock;

    DemoTeaching(CourseStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public void run() {
        for (String courseId : store.allCourseIds()) {
            if (store.owner(courseId)
                    .filter(BundledCourses.LIBRARY_ACCOUNT::equals)
                    .isPresent()) {
                store.addInstructor(courseId, "instructor", clock.instant());
            }
        }
    }
}
