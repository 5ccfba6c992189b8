package org.alliance.web.xapi;

import static org.alliance.web.TestUsers.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import org.alliance.web.AllianceTest;
import org.alliance.web.TestClock;
import org.alliance.web.events.LessonCompleted;
import org.alliance.web.persistence.AlsoOnPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sender: nothing leaves without an LRS; the backoff doubles up to its cap; a statement the LRS refuses for
 * its content does not hold the others back, and is set aside as failing, for the admin to see, after its tries.
 */
@AllianceTest
@AlsoOnPostgres
class StatementSenderTest {
    @Autowired
    StatementSender sender;

    @Autowired
    XapiStore store;

    @Autowired
    XapiStatements statements;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    TestClock clock;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Three lesson statements for {@code username}, written as the lesson feature would write them. */
    private void threeLessons(String username) {
        for (String lesson : new String[] {"la", "lb", "lc"}) {
            transactions.executeWithoutResult(status -> events.publishEvent(
                    new LessonCompleted(username, "sender-course", lesson, "Lesson " + lesson, clock.instant())));
        }
    }

    @Test
    void without_an_lrs_statements_stay_stored() {
        threeLessons("sender-no-lrs");
        assertThat(sender.run()).contains("no LRS");
        assertThat(store.ofUser("sender-no-lrs")).hasSize(3).allSatisfy(s -> {
            assertThat(s.sentAt()).isNull();
            assertThat(s.tries()).isZero();
        });
    }

    @Test
    void the_wait_doubles_after_each_failure_up_to_the_cap() {
        assertThat(sender.backoff(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(sender.backoff(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(sender.backoff(4)).isEqualTo(Duration.ofMinutes(4));
        assertThat(sender.backoff(40)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void a_statement_refused_for_its_content_lets_the_others_go_and_is_set_aside_after_its_tries() throws Exception {
        try (var lrs = new TestLrs()) {
            drain(lrs);
            threeLessons("sender-refused");
            var mine = store.ofUser("sender-refused");
            String bad = mine.get(1).id();
            lrs.refuse(Set.of(bad));

            sender.round(lrs.lrs());
            assertThat(lrs.timesReceived())
                    .containsEntry(mine.get(0).id(), 1)
                    .containsEntry(mine.get(2).id(), 1);
            assertThat(lrs.timesReceived()).doesNotContainKey(bad);
            var waiting = store.ofUser("sender-refused").get(1);
            assertThat(waiting.tries()).isEqualTo(1);
            assertThat(waiting.lastError()).startsWith("HTTP 400");
            assertThat(waiting.givenUpAt()).isNull();

            for (int i = 2; i <= 5; i++) {
                clock.advance(Duration.ofHours(7));
                sender.round(lrs.lrs());
            }
            var setAside = store.ofUser("sender-refused").get(1);
            assertThat(setAside.tries()).isEqualTo(5);
            assertThat(setAside.givenUpAt()).isNotNull();
            assertThat(setAside.sentAt()).isNull();
            clock.advance(Duration.ofHours(7));
            sender.round(lrs.lrs());
            assertThat(store.ofUser("sender-refused").get(1).tries())
                    .as("set aside: no longer tried")
                    .isEqualTo(5);

            signIn("sender-admin", "ADMIN");
            var status = statements.status();
            assertThat(status.failing()).isPositive();
            assertThat(status.lastFailure())
                    .hasValueSatisfying(f -> assertThat(f).startsWith("HTTP 400"));
        }
    }

    private void drain(TestLrs lrs) {
        for (int i = 0; i < 100 && !sender.round(lrs.lrs()).startsWith("sent 0"); i++) {
            // the next round takes the next batches
        }
    }
}
