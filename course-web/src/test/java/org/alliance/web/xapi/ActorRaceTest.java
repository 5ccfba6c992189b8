package org.alliance.web.xapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.alliance.web.AllianceTest;
import org.alliance.web.Race;
import org.alliance.web.events.LessonCompleted;
import org.alliance.web.persistence.AlsoOnPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A user's first two statements written at once (two tabs) both commit, under one actor id: the race for the new
 * actor id must never fail the student's own action.
 */
@AllianceTest
@AlsoOnPostgres
class ActorRaceTest {
    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    XapiStore store;

    @Test
    void two_first_statements_at_once_share_one_actor_and_both_commit() {
        for (int round = 0; round < 10; round++) {
            String user = "xapi-race-" + round + "-" + System.nanoTime() % 100000;
            var outcomes = Race.run(lesson(user, "la"), lesson(user, "lb"));
            assertThat(outcomes).allSatisfy(o -> assertThat(o.failure()).isNull());
            var mine = store.ofUser(user);
            assertThat(mine).hasSize(2);
            String actor = store.actorId(user).orElseThrow();
            assertThat(mine).allSatisfy(s -> assertThat(s.body()).contains("\"name\":\"" + actor + "\""));
        }
    }

    private Race.Runner<Boolean> lesson(String user, String lessonId) {
        return new Race.Runner<>(
                user,
                "STUDENT",
                () -> transactions.execute(status -> {
                    events.publishEvent(new LessonCompleted(user, "race-course", lessonId, "A lesson", Instant.now()));
                    return true;
                }));
    }
}
