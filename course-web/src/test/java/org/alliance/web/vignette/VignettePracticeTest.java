package org.alliance.web.vignette;

import static org.alliance.web.vignette.AfterActionReviewsTest.MISSTEP_THEN_REPAIR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.alliance.core.model.Outcome;
import org.alliance.web.AllianceTest;
import org.alliance.web.TestClock;
import org.alliance.web.TestUsers;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.persistence.AlsoOnPostgres;
import org.alliance.web.vignette.VignetteViews.Option;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/** Rewind-and-repair: a practice replay from a turn, and everything graded left exactly as it was. */
@AllianceTest
@AlsoOnPostgres
class VignettePracticeTest {
    private static final String COURSE = "therapeutic-relationship";
    private static final String DIARY = "v6-diary-withdrawal";

    @Autowired
    VignettePractice practice;

    @Autowired
    VignettePracticeLog log;

    @Autowired
    VignetteAttempts vignettes;

    @Autowired
    VignetteResults results;

    @Autowired
    CourseCatalog catalog;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private String submitted(String username, List<String> path) {
        TestUsers.signIn(username, "STUDENT");
        catalog.enrol(COURSE, null);
        String id = vignettes.start(COURSE, DIARY);
        path.forEach(choice -> vignettes.choose(id, choice));
        return id;
    }

    /** Everything a grade, a status, a gradebook or an analysis could read about one student's vignettes. */
    private record Graded(
            Object score,
            Object grade,
            int attempts,
            Object statuses,
            int evidence,
            long attemptRows,
            long stepRows,
            List<VignetteResults.VignetteRecord> gradebook) {}

    private Graded graded(String username, String attemptId) {
        TestUsers.signIn(username, "STUDENT");
        var card = vignettes.card(COURSE, DIARY).orElseThrow();
        var graded = new Graded(
                vignettes.debrief(attemptId).orElseThrow().score(),
                card.grade(),
                card.attempts().size(),
                vignettes.statuses(COURSE),
                vignettes.evidence().size(),
                count("select count(*) from vignette_attempt where username = ?", username),
                count(
                        "select count(*) from vignette_step s join vignette_attempt a on a.id = s.attempt_id"
                                + " where a.username = ?",
                        username),
                List.of());
        TestUsers.signIn("instructor", "INSTRUCTOR");
        var withGradebook = new Graded(
                graded.score(),
                graded.grade(),
                graded.attempts(),
                graded.statuses(),
                graded.evidence(),
                graded.attemptRows(),
                graded.stepRows(),
                results.attemptsOf(COURSE, username));
        TestUsers.signIn(username, "STUDENT");
        return withGradebook;
    }

    private long count(String sql, String username) {
        return jdbc.sql(sql).param(username).query(Long.class).single();
    }

    private static String optionWith(PracticeReplay replay, String id) {
        return replay.prompt().orElseThrow().options().stream()
                .map(Option::id)
                .filter(id::equals)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void a_replay_from_the_misstep_starts_with_the_meter_as_it_was_and_shows_feedback_at_once() {
        String id = submitted("practice-rewinder", List.of("a", "a", "a"));
        String practiceId = practice.start(id, 2);

        var start = practice.replay(practiceId).orElseThrow();
        assertThat(start.fromTurn()).isEqualTo(2);
        assertThat(start.transcript()).isEmpty();
        assertThat(start.meter().value()).as("after turn 1 of the graded path").isEqualTo(40);
        assertThat(start.prompt().orElseThrow().client()).startsWith("Time, mood out of ten.");

        var repaired = practice.choose(practiceId, optionWith(start, "b"));
        assertThat(repaired.transcript()).singleElement().satisfies(t -> {
            assertThat(t.feedback()).startsWith("A repair after a misstep.");
            assertThat(t.meterChange()).isEqualTo(20);
        });
        assertThat(repaired.meter().value()).isEqualTo(60);
        assertThat(repaired.prompt().orElseThrow().client()).startsWith("It's just... my ex");
        assertThat(repaired.ending()).isEmpty();

        practice.choose(practiceId, "a");
        var ended = practice.choose(practiceId, "a");
        assertThat(ended.prompt()).isEmpty();
        var comparison = ended.ending().orElseThrow();
        assertThat(comparison.practised()).isEqualTo(Outcome.REPAIRED);
        assertThat(comparison.graded()).isEqualTo(Outcome.NEUTRAL);
        assertThat(comparison.practisedMeter()).isEqualTo(80);
        assertThat(comparison.gradedMeter()).isEqualTo(45);
        assertThatThrownBy(() -> practice.choose(practiceId, "a")).hasMessage("vignette.choice-not-available");
    }

    @Test
    void practice_never_changes_a_score_grade_status_gradebook_or_the_attempts() {
        String id = submitted("practice-keeper", MISSTEP_THEN_REPAIR);
        var before = graded("practice-keeper", id);

        for (int turn = 1; turn <= MISSTEP_THEN_REPAIR.size(); turn++) {
            String practiceId = practice.start(id, turn);
            var replay = practice.replay(practiceId).orElseThrow();
            while (replay.prompt().isPresent()) {
                replay = practice.choose(
                        practiceId,
                        replay.prompt().orElseThrow().options().getFirst().id());
            }
            assertThat(replay.ending()).isPresent();
        }

        assertThat(graded("practice-keeper", id)).isEqualTo(before);
    }

    @Test
    void a_turn_outside_the_path_and_a_reply_not_on_offer_are_refused() {
        String id = submitted("practice-refused", MISSTEP_THEN_REPAIR);
        assertThatThrownBy(() -> practice.start(id, 0)).hasMessage("vignette.practice.no-such-turn");
        assertThatThrownBy(() -> practice.start(id, MISSTEP_THEN_REPAIR.size() + 1))
                .hasMessage("vignette.practice.no-such-turn");

        // At turn 3 the alliance is 60: the reply that needs 70 is not on offer.
        String practiceId = practice.start(id, 3);
        assertThat(practice.replay(practiceId)
                        .orElseThrow()
                        .prompt()
                        .orElseThrow()
                        .options())
                .extracting(Option::id)
                .doesNotContain("d");
        assertThatThrownBy(() -> practice.choose(practiceId, "d")).hasMessage("vignette.choice-not-available");
        assertThat(practice.replay(practiceId).orElseThrow().transcript()).isEmpty();
    }

    @Test
    void the_practice_log_counts_my_replays_and_minutes_and_is_mine_only() {
        String id = submitted("practice-logger", MISSTEP_THEN_REPAIR);
        assertThat(log.mine()).isEqualTo(new PracticeSummary(0, 0, 0));

        String finished = practice.start(id, 4);
        clock.advance(Duration.ofMinutes(3));
        practice.choose(finished, "a");
        String open = practice.start(id, 1);
        clock.advance(Duration.ofMinutes(2));
        practice.choose(open, "d");

        assertThat(log.mine()).isEqualTo(new PracticeSummary(2, 1, 5));
        TestUsers.signIn("practice-onlooker", "STUDENT");
        assertThat(log.mine()).isEqualTo(new PracticeSummary(0, 0, 0));
    }
}
