package org.alliance.web.persistence;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a round of a {@link Job} once across instances. The round runs only on the instance that takes the job's
 * named lock ({@link NamedLocks#runIfFree}: the others skip at once), and only if no round of it started within
 * the last half period, so instances whose schedules fire moments apart do not run it twice in one period.
 * The check and the run record happen under the lock; the job's own work runs in a transaction of its own,
 * so a failing round rolls back its work alone and is still recorded as failed.
 */
@Component
public class JobRunner {
    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);
    private static final int DETAIL_LENGTH = 500;

    /** What a call to {@link #runRound} did. */
    public enum Outcome {
        RAN,
        FAILED,
        /** Another instance runs it now. */
        HELD_ELSEWHERE,
        /** A round started less than half a period ago, here or elsewhere. */
        NOT_DUE
    }

    private final NamedLocks locks;
    private final JobRunStore runs;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final String instanceId;

    JobRunner(
            NamedLocks locks,
            JobRunStore runs,
            PlatformTransactionManager transactions,
            Clock clock,
            JobsProperties properties) {
        this.locks = locks;
        this.runs = runs;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.instanceId =
                properties.instanceId() == null || properties.instanceId().isBlank()
                        ? defaultInstanceId()
                        : properties.instanceId();
    }

    public Outcome runRound(Job job) {
        var outcome = new AtomicReference<>(Outcome.NOT_DUE);
        boolean free = locks.runIfFree(lockName(job), () -> {
            Instant started = clock.instant();
            var last = runs.lastStarted(job.name());
            if (last.isPresent() && started.isBefore(last.get().plus(job.every().dividedBy(2)))) {
                log.debug("Job {} not due on {}: a round started at {}", job.name(), instanceId, last.get());
                return;
            }
            String detail;
            try {
                String summary = ownTransaction.execute(status -> job.run());
                detail = summary == null ? "" : summary;
                outcome.set(Outcome.RAN);
            } catch (RuntimeException e) {
                log.warn("Job {} failed", job.name(), e);
                detail = e.getClass().getSimpleName() + ": " + e.getMessage();
                outcome.set(Outcome.FAILED);
            }
            runs.record(new JobRun(
                    job.name(),
                    instanceId,
                    started,
                    clock.instant(),
                    outcome.get() == Outcome.RAN ? "done" : "failed",
                    detail.length() > DETAIL_LENGTH ? detail.substring(0, DETAIL_LENGTH) : detail));
            log.info("Job {} {} on {}: {}", job.name(), outcome.get(), instanceId, detail);
        });
        if (!free) {
            log.debug("Job {} skipped on {}: another instance runs it", job.name(), instanceId);
        }
        return free ? outcome.get() : Outcome.HELD_ELSEWHERE;
    }

    public String instanceId() {
        return instanceId;
    }

    static String lockName(Job job) {
        return "job:" + job.name();
    }

    private static String defaultInstanceId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + ":" + ManagementFactory.getRuntimeMXBean().getPid();
    }
}
