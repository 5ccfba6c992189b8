package org.alliance.web.assessment;

import java.time.Clock;
import java.time.Duration;
import org.alliance.web.catalog.PublishedVersions;
import org.alliance.web.persistence.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every minute: timed attempts whose student left before the time limit are submitted at their deadline with the
 * answers saved by then, by the same code that does it when the student next opens the quiz
 * ({@link QuizAttempts#expireUnattended}), so grades and "My results" no longer wait for that. Each attempt in a
 * transaction of its own, so one that fails stays open for the lazy expiry and the next round.
 */
@Component
class AbandonedAttempts implements Job {
    static final int BATCH = 200;
    private static final Logger log = LoggerFactory.getLogger(AbandonedAttempts.class);

    private final AttemptStore store;
    private final QuizAttempts attempts;
    private final PublishedVersions versions;
    private final Clock clock;
    private final TransactionTemplate eachAttempt;

    AbandonedAttempts(
            AttemptStore store,
            QuizAttempts attempts,
            PublishedVersions versions,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.store = store;
        this.attempts = attempts;
        this.versions = versions;
        this.clock = clock;
        this.eachAttempt = new TransactionTemplate(transactions);
        this.eachAttempt.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public String name() {
        return "expire-abandoned-attempts";
    }

    @Override
    public Duration every() {
        return Duration.ofMinutes(1);
    }

    @Override
    public String run() {
        int expired = 0;
        int failed = 0;
        for (var row : store.openPastDeadline(clock.instant(), BATCH)) {
            try {
                Boolean done = eachAttempt.execute(status -> versions.version(row.courseId(), row.versionId())
                        .map(published -> attempts.expireUnattended(row, published))
                        .orElse(false));
                expired += Boolean.TRUE.equals(done) ? 1 : 0;
            } catch (RuntimeException e) {
                log.warn("Could not expire attempt {}", row.publicId(), e);
                failed++;
            }
        }
        return "expired " + expired + (failed > 0 ? ", failed " + failed : "");
    }
}
