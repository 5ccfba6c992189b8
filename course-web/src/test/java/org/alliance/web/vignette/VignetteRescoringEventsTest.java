package org.alliance.web.vignette;

import static org.alliance.web.TestUsers.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.alliance.web.AllianceTest;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.catalog.TestCourses;
import org.alliance.web.events.AttemptKind;
import org.alliance.web.events.AttemptRescored;
import org.alliance.web.events.RecordedEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Rescoring vignette attempts after a ratings fix publishes {@link AttemptRescored} for each changed attempt. */
@AllianceTest
class VignetteRescoringEventsTest {
    private static final String COURSE = "events-vignette-rescore";
    private static final String BEST = "v3-empathy-or-sympathy";
    private static final String PATH = "vignettes/" + BEST + ".yaml";
    private static final String SYMPATHY = "ratings: {d1-empathic-accuracy: 2, d2-warmth: 3, d6-timing: 3}";

    @Autowired
    ApplicationContext context;

    @Autowired
    VignetteRescoring rescoring;

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

    @Test
    void a_rescored_vignette_attempt_is_published_with_its_new_score() {
        var files = TestCourses.files(Path.of("../content/courses/therapeutic-relationship"), COURSE);
        TestCourses.publish(context, files, "instructor");
        String me = "events-vr-student";
        signIn(me, "STUDENT");
        catalog.enrol(COURSE, null);
        String attempt = vignettes.start(COURSE, BEST);
        vignettes.pick(attempt, "a");
        files.put(
                PATH,
                files.get(PATH).replace(SYMPATHY, "ratings: {d1-empathic-accuracy: 4, d2-warmth: 3, d6-timing: 3}"));
        var v2 = TestCourses.publish(context, files, "instructor");

        signIn("instructor", "INSTRUCTOR");
        var change = rescoring.rescore(COURSE, v2.versionId()).changes().getFirst();
        assertThat(events.of(AttemptRescored.class, me)).singleElement().satisfies(e -> {
            assertThat(e.attemptId()).isEqualTo(attempt);
            assertThat(e.kind()).isEqualTo(AttemptKind.VIGNETTE);
            assertThat(e.activityId()).isEqualTo(BEST);
            assertThat(e.scaled()).isEqualTo(change.newScore());
        });
    }
}
