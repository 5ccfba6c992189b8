package org.alliance.web.drill;

import static org.alliance.web.TestUsers.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.alliance.core.grading.ActivityStatus;
import org.alliance.core.model.Level;
import org.alliance.core.practice.Difficulty;
import org.alliance.web.AllianceTest;
import org.alliance.web.TestClock;
import org.alliance.web.account.AccountService;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.drill.DrillViews.RoundEnd;
import org.alliance.web.drill.DrillViews.TurnView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** Drill rounds over the real database and the bundled course's process-comment drill. */
@AllianceTest
class DrillPracticeTest {
    private static final String COURSE = "therapeutic-relationship";
    private static final String DRILL = "d5-process-comment";

    @Autowired
    DrillPractice practice;

    @Autowired
    DrillStatuses statuses;

    @Autowired
    PracticeLog log;

    @Autowired
    DrillPersonalData personalData;

    @Autowired
    CourseCatalog catalog;

    @Autowired
    AccountService accounts;

    @Autowired
    TestClock clock;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void enrolledStudent(String username) {
        signIn("anonymous-registrar");
        accounts.register(username, username, "a long enough password");
        signIn(username, "STUDENT");
        catalog.enrol(COURSE, null);
    }

    @Test
    void a_first_round_starts_at_beginner_and_reveals_the_examples_only_after_a_try() {
        enrolledStudent("drill-ada");
        TurnView turn = practice.start(COURSE, DRILL);
        assertThat(turn.level()).isEqualTo(Level.BEGINNER);
        assertThat(turn.roundNumber()).isEqualTo(1);
        assertThat(turn.tries()).isEmpty();

        var first = practice.respond(COURSE, DRILL, turn.turnId(), "I notice we keep moving away from this.");
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.criteria()).hasSizeBetween(2, 4);
        assertThat(first.examples()).hasSizeGreaterThanOrEqualTo(2);
        var second = practice.respond(COURSE, DRILL, turn.turnId(), "Something shifted just now, between us.");
        assertThat(second.number()).isEqualTo(2);

        // Coming back to the page shows the open statement with both tries kept.
        var page = practice.page(COURSE, DRILL).orElseThrow();
        assertThat(page.current().orElseThrow().tries())
                .extracting(DrillViews.TryView::response)
                .containsExactly("I notice we keep moving away from this.", "Something shifted just now, between us.");
        assertThat(statuses.statuses(COURSE).get(DRILL)).isEqualTo(new ActivityStatus.Done());
    }

    @Test
    void the_level_follows_the_ratings_and_the_next_round_starts_where_the_last_one_led() {
        enrolledStudent("drill-bo");
        int perRound = practice.page(COURSE, DRILL).orElseThrow().perRound();
        TurnView turn = practice.start(COURSE, DRILL);
        List<Level> levels = new ArrayList<>();
        List<Difficulty> ratings = List.of(Difficulty.TOO_EASY, Difficulty.TOO_HARD, Difficulty.TOO_EASY);
        Object next = turn;
        for (int i = 0; i < perRound; i++) {
            turn = (TurnView) next;
            levels.add(turn.level());
            practice.respond(COURSE, DRILL, turn.turnId(), "A response " + i);
            next = practice.rate(COURSE, DRILL, turn.turnId(), ratings.get(Math.min(i, ratings.size() - 1)));
        }
        assertThat(levels.subList(0, 3)).containsExactly(Level.BEGINNER, Level.INTERMEDIATE, Level.BEGINNER);
        assertThat(next).isInstanceOf(RoundEnd.class);
        var end = (RoundEnd) next;
        assertThat(end.statements()).isEqualTo(perRound);

        var page = practice.page(COURSE, DRILL).orElseThrow();
        assertThat(page.roundsDone()).isEqualTo(1);
        assertThat(page.current()).isEmpty();
        var second = practice.start(COURSE, DRILL);
        assertThat(second.roundNumber()).isEqualTo(2);
        assertThat(second.level())
                .isEqualTo(end.reached())
                .isEqualTo(page.levelReached().orElseThrow());
    }

    @Test
    void a_statement_rated_too_hard_comes_back_first_in_the_next_round() {
        enrolledStudent("drill-cy");
        TurnView first = practice.start(COURSE, DRILL);
        practice.respond(COURSE, DRILL, first.turnId(), "I notice the pace picked up.");
        var second = (TurnView) practice.rate(COURSE, DRILL, first.turnId(), Difficulty.TOO_HARD);
        assertThat(second.statementId()).isNotEqualTo(first.statementId());
        practice.respond(COURSE, DRILL, second.turnId(), "We both went quiet there.");
        practice.rate(COURSE, DRILL, second.turnId(), Difficulty.GOOD_CHALLENGE);
        practice.stop(COURSE, DRILL);

        var again = practice.start(COURSE, DRILL);
        assertThat(again.level()).isEqualTo(Level.BEGINNER);
        assertThat(again.statementId()).isEqualTo(first.statementId());
    }

    @Test
    void a_statement_is_rated_once_and_only_after_a_response() {
        enrolledStudent("drill-di");
        TurnView turn = practice.start(COURSE, DRILL);
        assertThatThrownBy(() -> practice.rate(COURSE, DRILL, turn.turnId(), Difficulty.GOOD_CHALLENGE))
                .isInstanceOf(DrillException.class)
                .hasMessage("drill.error.rate-first");
        assertThatThrownBy(() -> practice.respond(COURSE, DRILL, turn.turnId(), "   "))
                .isInstanceOf(DrillException.class)
                .hasMessage("drill.error.empty");
        practice.respond(COURSE, DRILL, turn.turnId(), "Something happened just now.");
        practice.rate(COURSE, DRILL, turn.turnId(), Difficulty.GOOD_CHALLENGE);
        assertThatThrownBy(() -> practice.rate(COURSE, DRILL, turn.turnId(), Difficulty.TOO_EASY))
                .isInstanceOf(DrillException.class)
                .hasMessage("drill.error.rated");
        assertThatThrownBy(() -> practice.respond(COURSE, DRILL, turn.turnId(), "Again."))
                .isInstanceOf(DrillException.class)
                .hasMessage("drill.error.rated");
    }

    @Test
    void another_student_cannot_answer_tick_or_send_a_turn_that_is_not_theirs() {
        enrolledStudent("drill-eve");
        TurnView turn = practice.start(COURSE, DRILL);
        var sent = practice.respond(COURSE, DRILL, turn.turnId(), "I notice a change in your voice.");
        enrolledStudent("drill-fay");
        assertThatThrownBy(() -> practice.respond(COURSE, DRILL, turn.turnId(), "Mine now."))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> practice.tick(COURSE, DRILL, sent.tryId(), Set.of("c1")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> practice.requestFeedback(COURSE, DRILL, sent.tryId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(practice.page(COURSE, DRILL).orElseThrow().current()).isEmpty();
    }

    @Test
    void active_time_counts_at_most_three_minutes_a_statement_in_the_practice_log() {
        enrolledStudent("drill-gus");
        TurnView turn = practice.start(COURSE, DRILL);
        clock.advance(Duration.ofSeconds(50));
        practice.respond(COURSE, DRILL, turn.turnId(), "I notice you smiled as you said that.");
        clock.advance(Duration.ofMinutes(20));
        practice.respond(COURSE, DRILL, turn.turnId(), "You smiled, and I wonder what the smile holds.");
        var next = (TurnView) practice.rate(COURSE, DRILL, turn.turnId(), Difficulty.TOO_EASY);
        clock.advance(Duration.ofSeconds(70));
        practice.respond(COURSE, DRILL, next.turnId(), "Something between us changed.");
        practice.rate(COURSE, DRILL, next.turnId(), Difficulty.GOOD_CHALLENGE);

        var mine = log.mine();
        // 50 s + 20 min on the first statement count as its cap of 180 s; 70 s on the second: 250 s, 4 minutes.
        assertThat(mine.minutes()).isEqualTo(4);
        assertThat(mine.statements()).isEqualTo(2);
        assertThat(mine.drills()).singleElement().satisfies(d -> {
            assertThat(d.drillId()).isEqualTo(DRILL);
            assertThat(d.statements()).containsEntry(Level.BEGINNER, 1).containsEntry(Level.INTERMEDIATE, 1);
        });
        assertThat(mine.ratings())
                .extracting(PracticeLog.Rating::difficulty)
                .containsExactly(Difficulty.TOO_EASY, Difficulty.GOOD_CHALLENGE);
    }

    @Test
    void ticks_and_feedback_requests_are_kept_exported_and_deleted_with_the_account() {
        enrolledStudent("drill-hal");
        TurnView turn = practice.start(COURSE, DRILL);
        var sent = practice.respond(COURSE, DRILL, turn.turnId(), "I notice you looked away just then.");
        String first = sent.criteria().getFirst().id();
        practice.tick(COURSE, DRILL, sent.tryId(), Set.of(first, "not-a-criterion"));
        practice.requestFeedback(COURSE, DRILL, sent.tryId());
        practice.requestFeedback(COURSE, DRILL, sent.tryId());

        var page = practice.page(COURSE, DRILL).orElseThrow();
        var shown = page.current().orElseThrow().tries().getFirst();
        assertThat(shown.ticked()).containsExactly(first);
        assertThat(shown.feedbackRequested()).isTrue();
        assertThat(page.feedback()).singleElement().satisfies(f -> {
            assertThat(f.response()).isEqualTo("I notice you looked away just then.");
            assertThat(f.answeredAt()).isEmpty();
        });

        assertThat(personalData.export("drill-hal")).singleElement().satisfies(t -> {
            assertThat(t.response()).isEqualTo("I notice you looked away just then.");
            assertThat(t.tickedCriteria()).isEqualTo(first);
            assertThat(t.sentForFeedback()).isTrue();
        });
        personalData.anonymise("drill-hal", "deleted-1");
        assertThat(personalData.export("drill-hal")).isEmpty();
        assertThat(log.mine().empty()).isTrue();
    }
}
