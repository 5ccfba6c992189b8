package org.alliance.web.reflection;

import java.time.Clock;
import java.time.Instant;
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
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in student's reflection answers, in courses they are enrolled in. */
@Service
public class Reflections {
    private final ReflectionStore store;
    private final CourseCatalog catalog;
    private final Clock clock;
    private final CurrentUser currentUser;

    Reflections(ReflectionStore store, CourseCatalog catalog, Clock clock, CurrentUser currentUser) {
        this.store = store;
        this.catalog = catalog;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    /** A prompt and the student's answer so far. */
    public record Page(
            String courseId,
            String courseTitle,
            Reflection reflection,
            String answer,
            boolean shared,
            Optional<Instant> savedAt) {}

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Page> page(String courseId, String reflectionId) {
        return catalog.enrolledCourse(courseId)
                .flatMap(p -> p.course()
                        .activity(reflectionId)
                        .filter(Reflection.class::isInstance)
                        .map(Reflection.class::cast)
                        .map(r -> store.answer(currentUser.require(), courseId, reflectionId)
                                .map(saved -> new Page(
                                        courseId,
                                        p.course().title(),
                                        r,
                                        saved.answer(),
                                        saved.shared(),
                                        Optional.of(saved.savedAt())))
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
        store.save(currentUser.require(), courseId, reflectionId, text, shared, now);
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
        Map<String, Instant> answered = store.answeredAt(currentUser.require(), courseId);
        Map<String, ActivityStatus> statuses = new LinkedHashMap<>();
        for (var activity : course.get().course().activities()) {
            if (activity instanceof Reflection reflection && answered.containsKey(reflection.id())) {
                statuses.put(
                        reflection.id(),
                        ActivityStatusRule.of(
                                reflection, List.of(AttemptFact.reflection(answered.get(reflection.id())))));
            }
        }
        return statuses;
    }
}
