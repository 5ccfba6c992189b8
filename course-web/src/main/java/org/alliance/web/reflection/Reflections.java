package org.alliance.web.reflection;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alliance.core.grading.ActivityStatus;
import org.alliance.core.grading.ActivityStatusRule;
import org.alliance.core.grading.AttemptFact;
import org.alliance.core.model.Reflection;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in student's reflection answers, in courses they are enrolled in. */
@Service
public class Reflections {
    private final JdbcClient jdbc;
    private final CourseCatalog catalog;
    private final Clock clock;
    private final CurrentUser currentUser;

    Reflections(JdbcClient jdbc, CourseCatalog catalog, Clock clock, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    /** A prompt and the student's answer so far. */
    public record Page(String courseId, String courseTitle, Reflection reflection, String answer, boolean shared,
            Optional<Instant> savedAt) {}

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Page> page(String courseId, String reflectionId) {
        return catalog.enrolledCourse(courseId).flatMap(p -> p.course().activity(reflectionId)
                .filter(Reflection.class::isInstance).map(Reflection.class::cast)
                .map(r -> jdbc.sql("select answer, shared, updated_at from reflection_answer"
                                + " where username = ? and course_id = ? and reflection_id = ?")
                        .params(currentUser.require(), courseId, reflectionId)
                        .query((rs, n) -> new Page(courseId, p.course().title(), r, rs.getString(1), rs.getBoolean(2),
                                Optional.of(rs.getObject(3, OffsetDateTime.class).toInstant())))
                        .optional()
                        .orElse(new Page(courseId, p.course().title(), r, "", false, Optional.empty()))));
    }

    /** Saves the answer as it stands and whether it is shared; returns when it was saved. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Instant save(String courseId, String reflectionId, String answer, boolean shared) {
        if (page(courseId, reflectionId).isEmpty()) {
            throw new IllegalArgumentException("no such reflection in a course you are enrolled in");
        }
        String text = answer.length() > 8000 ? answer.substring(0, 8000) : answer;
        Instant now = clock.instant();
        int updated = jdbc.sql("update reflection_answer set answer = ?, shared = ?, updated_at = ?"
                        + " where username = ? and course_id = ? and reflection_id = ?")
                .params(text, shared, now.atOffset(ZoneOffset.UTC), currentUser.require(), courseId,
                    reflectionId).update();
        if (updated == 0) {
            jdbc.sql("insert into reflection_answer (username, course_id, reflection_id, answer, shared, updated_at)"
                            + " values (?, ?, ?, ?, ?, ?)")
                    .params(currentUser.require(), courseId, reflectionId, text, shared,
                        now.atOffset(ZoneOffset.UTC)).update();
        }
        return now;
    }

    /**
     * Reflections count for completion only: by course-core's {@link ActivityStatusRule}, done once answered
     * (a blank answer is no answer). Those not answered are absent.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<String, ActivityStatus> statuses(String courseId) {
        var course = catalog.enrolledCourse(courseId);
        if (course.isEmpty()) {
            return Map.of();
        }
        Map<String, Instant> answered = new HashMap<>();
        jdbc.sql("select reflection_id, updated_at from reflection_answer where username = ? and course_id = ?"
                        + " and answer <> ''")
                .params(currentUser.require(), courseId)
                .query(rs -> {
                    answered.put(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant());
                });
        Map<String, ActivityStatus> statuses = new LinkedHashMap<>();
        for (var activity : course.get().course().activities()) {
            if (activity instanceof Reflection reflection && answered.containsKey(reflection.id())) {
                statuses.put(reflection.id(), ActivityStatusRule.of(reflection,
                        List.of(AttemptFact.reflection(answered.get(reflection.id())))));
            }
        }
        return statuses;
    }
}
