package org.alliance.web.learning;

import static org.alliance.web.TestUsers.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.alliance.web.AllianceTest;
import org.alliance.web.TestClock;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.events.LessonCompleted;
import org.alliance.web.events.RecordedEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** Marking a lesson done publishes {@link LessonCompleted} once, when it becomes done. */
@AllianceTest
class LessonEventsTest {
    private static final String COURSE = "therapeutic-relationship";
    private static final String L2 = "l2-working-alliance";

    @Autowired
    LessonProgress progress;

    @Autowired
    CourseCatalog catalog;

    @Autowired
    RecordedEvents events;

    @Autowired
    TestClock clock;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_lesson_becoming_done_is_published_once_and_again_after_it_was_undone() {
        signIn("events-lesson-ada", "STUDENT");
        catalog.enrol(COURSE, null);
        progress.markDone(COURSE, L2, true);
        assertThat(events.of(LessonCompleted.class, "events-lesson-ada"))
                .as("a lesson never opened has no progress row to mark")
                .isEmpty();

        progress.open(COURSE, L2);
        progress.markDone(COURSE, L2, true);
        var first = clock.instant();
        clock.advance(Duration.ofMinutes(2));
        progress.markDone(COURSE, L2, true);
        assertThat(events.of(LessonCompleted.class, "events-lesson-ada"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.courseId()).isEqualTo(COURSE);
                    assertThat(e.lessonId()).isEqualTo(L2);
                    assertThat(e.lessonTitle()).isNotBlank().isNotEqualTo(L2);
                    assertThat(e.at()).isEqualTo(first);
                });

        progress.markDone(COURSE, L2, false);
        progress.markDone(COURSE, L2, true);
        assertThat(events.of(LessonCompleted.class, "events-lesson-ada")).hasSize(2);
    }
}
