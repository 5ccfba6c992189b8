package org.alliance.web.learning;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.catalog.PublishedCourse;
import org.alliance.web.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which lessons the signed-in student has opened and marked done; only in courses they are enrolled in. */
@Service
public class LessonProgress {
    private final JdbcClient jdbc;
    private final CourseCatalog catalog;
    private final Clock clock;
    private final CurrentUser currentUser;

    LessonProgress(JdbcClient jdbc, CourseCatalog catalog, Clock clock, CurrentUser currentUser) {
        this.jdbc = jdbc;
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
        String me = currentUser.require();
        int updated = jdbc.sql("update lesson_progress set visited_at = ? where course_id = ? and username = ?"
                        + " and lesson_id = ?")
                .params(now(), courseId, me, lessonId).update();
        if (updated == 0) {
            jdbc.sql("insert into lesson_progress (course_id, username, lesson_id, visited_at) values (?, ?, ?, ?)")
                    .params(courseId, me, lessonId, now()).update();
        }
        return course;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markDone(String courseId, String lessonId, boolean done) {
        if (catalog.enrolledCourse(courseId).isEmpty()) {
            return;
        }
        jdbc.sql("update lesson_progress set completed_at = ? where course_id = ? and username = ? and lesson_id = ?")
                .params(done ? now() : null, courseId, currentUser.require(), lessonId).update();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<LessonState> states(String courseId) {
        return jdbc.sql("select lesson_id, completed_at from lesson_progress where course_id = ? and username = ?")
                .params(courseId, currentUser.require())
                .query((rs, n) -> new LessonState(rs.getString(1), true, rs.getObject(2) != null))
                .list();
    }

    /** The lesson to continue with: the most recently opened one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<String> lastVisited(String courseId) {
        return jdbc.sql("select lesson_id from lesson_progress where course_id = ? and username = ?"
                        + " order by visited_at desc fetch first 1 rows only")
                .params(courseId, currentUser.require()).query(String.class).optional();
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }
}
