package org.alliance.web.xapi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.alliance.web.persistence.Job;
import org.alliance.web.xapi.XapiProperties.Lrs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every minute, once across instances: sends the outbox's unsent statements to the LRS in batches, oldest first,
 * when an LRS is configured. A batch the LRS cannot take now (down, overloaded, our credentials refused) waits,
 * twice as long after each failure up to a cap, and is never dropped. A batch refused for its content is tried
 * one statement at a time, so the good ones go and only the bad one waits; after its last try it is set aside as
 * failing, with the LRS's answer, for the admin to see.
 */
@Component
class StatementSender implements Job {
    /** Batches per round at most, and the time after which a round starts no further batch, so a long outbox or a
     * slow LRS does not hold the job's lock for long; the next round goes on. */
    static final int BATCHES_PER_ROUND = 20;

    static final Duration ROUND_BUDGET = Duration.ofMinutes(1);

    private static final Logger log = LoggerFactory.getLogger(StatementSender.class);

    private final XapiStore store;
    private final LrsClient client;
    private final XapiProperties properties;
    private final Clock clock;

    StatementSender(XapiStore store, LrsClient client, XapiProperties properties, Clock clock) {
        this.store = store;
        this.client = client;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "xapi-send-statements";
    }

    @Override
    public Duration every() {
        return Duration.ofMinutes(1);
    }

    @Override
    public String run() {
        if (!properties.lrs().configured()) {
            return "no LRS configured: statements stay stored";
        }
        return round(properties.lrs());
    }

    /** One round against {@code lrs}: what was sent, and what waits. */
    String round(Lrs lrs) {
        int sent = 0;
        int failed = 0;
        long deadline = System.nanoTime() + ROUND_BUDGET.toNanos();
        for (int b = 0; b < BATCHES_PER_ROUND && System.nanoTime() < deadline; b++) {
            List<XapiStore.Stored> batch = store.due(clock.instant(), Math.max(1, properties.batchSize()));
            if (batch.isEmpty()) {
                break;
            }
            var answer = client.post(lrs, array(batch));
            if (answer.ok()) {
                store.markSent(batch.stream().map(XapiStore.Stored::seq).toList(), clock.instant());
                sent += batch.size();
            } else if (answer.badContent()) {
                for (var one : batch) {
                    var alone = batch.size() == 1 ? answer : client.post(lrs, array(List.of(one)));
                    if (alone.ok()) {
                        store.markSent(List.of(one.seq()), clock.instant());
                        sent++;
                    } else {
                        failed(one, alone, alone.badContent());
                        failed++;
                    }
                }
            } else {
                log.info("LRS answered {} to a batch of {}: waiting to try again", answer.status(), batch.size());
                batch.forEach(one -> failed(one, answer, false));
                failed += batch.size();
                break;
            }
        }
        return "sent " + sent + (failed > 0 ? ", failed " + failed : "");
    }

    /** Counts the try; a statement refused for its content {@code maxTries} times is set aside. */
    private void failed(XapiStore.Stored one, LrsClient.Answer answer, boolean badContent) {
        int tries = one.tries() + 1;
        String error = "HTTP " + answer.status() + ": " + answer.body();
        Instant now = clock.instant();
        if (badContent && tries >= properties.maxTries()) {
            log.warn("xAPI statement {} set aside after {} tries: {}", one.id(), tries, error);
            store.giveUp(one.seq(), tries, error, now);
        } else {
            store.markFailed(one.seq(), tries, error, now.plus(backoff(tries)));
        }
    }

    /** The wait after the {@code tries}-th failure: the first wait doubled each time, never above the cap. */
    Duration backoff(int tries) {
        Duration wait = properties.firstRetry();
        for (int i = 1; i < tries && wait.compareTo(properties.longestRetry()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(properties.longestRetry()) > 0 ? properties.longestRetry() : wait;
    }

    private static String array(List<XapiStore.Stored> batch) {
        return "[" + String.join(",", batch.stream().map(XapiStore.Stored::body).toList()) + "]";
    }
}
