package org.alliance.web.drill;

import static org.alliance.web.TestUsers.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.alliance.core.model.Level;
import org.alliance.core.practice.Difficulty;
import org.alliance.web.AllianceTest;
import org.alliance.web.TestClock;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.drill.DrillViews.TurnView;
import org.alliance.web.events.DrillStatementPractised;
import org.alliance.web.events.RecordedEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** Rating a drill statement publishes it as practised, with its level and the self-rated difficulty. */
@AllianceTest
class DrillEventsTest {
    private static final String COURSE = "therapeutic-relationship";
    private static final String DRILL = "d5-process-comment";

    @Autowired
    DrillPractice practice;

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
    void a_rated_statement_is_published_once_with_its_level_and_difficulty() {
        String me = "events-drill-kit";
        signIn(me, "STUDENT");
        catalog.enrol(COURSE, null);
        TurnView turn = practice.start(COURSE, DRILL);
        practice.respond(COURSE, DRILL, turn.turnId(), "I notice we moved away from this just now.");
        assertThat(events.of(DrillStatementPractised.class, me))
                .as("a try is not yet practice done")
                .isEmpty();
        clock.advance(Duration.ofSeconds(30));
        practice.rate(COURSE, DRILL, turn.turnId(), Difficulty.TOO_HARD);

        assertThat(events.of(DrillStatementPractised.class, me)).singleElement().satisfies(e -> {
            assertThat(e.courseId()).isEqualTo(COURSE);
            assertThat(e.drillId()).isEqualTo(DRILL);
            assertThat(e.statementId()).isEqualTo(turn.statementId());
            assertThat(e.level()).isEqualTo(Level.BEGINNER);
            assertThat(e.difficulty()).isEqualTo("TOO_HARD");
            assertThat(e.at()).isEqualTo(clock.instant());
        });
    }
}
