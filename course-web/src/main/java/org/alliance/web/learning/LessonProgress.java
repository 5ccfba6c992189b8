package org.alliance.web.learning;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.alliance.core.model.Lesson;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.catalog.PublishedCourse;
import org.alliance.web.events.LessonCompleted;
import org.alliance.web.identity.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which lessons the signed-in student has opened and marked done; only in courses they are enrolled in. */
@Service
public class LessonProgress {
    private final LessonProgressStore store;
    private final CourseCatalog catalog;
    private final Clock clock;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    LessonProgress(
            LessonProgressStore store,
            CourseCatalog catalog,
            Clock clock,
            CurrentUser currentUser,
            ApplicationEventPublisher events) {
        this.events = events;
        this.store = store;
        this.catalog = catalog;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    /** One lesson's state for the student. */
    public record LessonState(String lessonId, boolean visited, boolean done) {}

    /** Opens a lesson: the course (if the student is enrolled) and the visit recorded for "continue". */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Optional<PublishedCourse> open(String courseId, String lessonId) {
        var course = catalog.enrolledCourse(courseId);
        if (course.isEmpty() || course.get().course().lesson(lessonId).isEmpty()) {
            return Optional.empty();
        }
        store.visit(courseId, currentUser.require(), lessonId, clock.instant());
        return course;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markDone(String courseId, String lessonId, boolean done) {
        var course = catalog.enrolledCourse(courseId);
        if (course.isEmpty()) {
            return;
        }
        String me = currentUser.require();
        Instant now = clock.instant();
        if (store.complete(courseId, me, lessonId, done ? now : null)) {
            String title =
                    course.get().course().lesson(lessonId).map(Lesson::title).orElse(lessonId);
            events.publishEvent(new LessonCompleted(me, courseId, lessonId, title, now));
        }
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<LessonState> states(String courseId) {
        return store.states(courseId, currentUser.require());
    }

    /** The lesson to continue with: the most recently opened one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<String> lastVisited(String courseId) {
        return store.lastVisited(courseId, currentUser.require());
    }
}
