package org.alliance.web.grading;

import static org.alliance.web.TestUsers.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.alliance.web.AllianceTest;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.events.ActivityGradeEvent;
import org.alliance.web.events.FreeTextGraded;
import org.alliance.web.events.GradeOverridden;
import org.alliance.web.events.RecordedEvents;
import org.alliance.web.vignette.VignetteAttempts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** Releasing a free-text grade publishes {@link FreeTextGraded}; the owner's override {@link GradeOverridden}. */
@AllianceTest
class GradeEventsTest {
    private static final String COURSE = "therapeutic-relationship";
    private static final String VIGNETTE = "v3-reflect-the-feeling";

    @Autowired
    Grading grading;

    @Autowired
    VignetteAttempts vignettes;

    @Autowired
    CourseCatalog catalog;

    @Autowired
    RecordedEvents events;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static Map<String, Integer> ratings(int empathy, int warmth, int timing) {
        return Map.of("d1-empathic-accuracy", empathy, "d2-warmth", warmth, "d6-timing", timing);
    }

    @Test
    void a_release_and_an_override_are_published_as_grade_events_with_the_ratings() {
        String student = "events-grade-lou";
        signIn(student, "STUDENT");
        catalog.enrol(COURSE, null);
        String id = vignettes.start(COURSE, VIGNETTE);
        vignettes.submitText(id, "You sound tired of explaining this.", Map.of("d1-empathic-accuracy", 4));

        signIn("instructor", "INSTRUCTOR");
        grading.rate(COURSE, id, ratings(3, 3, 3), false, "");
        assertThat(events.of(FreeTextGraded.class, student))
                .as("rated, not released")
                .isEmpty();
        grading.release(COURSE, id, "");
        assertThat(events.of(FreeTextGraded.class, student)).singleElement().satisfies(e -> {
            assertThat(e.attemptId()).isEqualTo(id);
            assertThat(e.activityId()).isEqualTo(VIGNETTE);
            assertThat(e.scaled()).isBetween(0.0, 1.0);
            assertThat(e.ratings()).containsEntry("d2-warmth", 3.0);
        });

        signIn("admin", "ADMIN", "INSTRUCTOR");
        grading.override(COURSE, id, ratings(5, 5, 5), false, "", "Re-read it");
        assertThat(events.of(GradeOverridden.class, student)).singleElement().satisfies(e -> {
            assertThat(e.attemptId()).isEqualTo(id);
            assertThat(e.reason()).isEqualTo("Re-read it");
            assertThat(e.scaled())
                    .isGreaterThan(
                            events.of(FreeTextGraded.class, student).getFirst().scaled());
            assertThat(e).isInstanceOf(ActivityGradeEvent.class);
        });
    }
}
