package org.alliance.web.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.alliance.web.AllianceTest;
import org.alliance.web.TestClock;
import org.alliance.web.persistence.JobRunner.Outcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two job runners stand for two app instances: each has its own connections to the one test database (its own
 * DataSource, lock store and run store), and both fire the same job at the same moment. One round runs, the
 * other skips, and one run is recorded; on H2 and PostgreSQL.
 */
@AllianceTest
@AlsoOnPostgres
class JobRunnerTest {
    @Autowired
    Environment environment;

    private final TestClock clock = new TestClock(Instant.now());

    @Test
    void a_round_fired_on_two_instances_at_once_runs_once() throws Exception {
        var a = instance("instance-a");
        var b = instance("instance-b");
        var runs = new AtomicInteger();
        var otherReturned = new CountDownLatch(1);
        var job = job(() -> {
            runs.incrementAndGet();
            // Hold the lock until the instance that did not run has fired and returned: the rounds overlap.
            await(otherReturned, 1);
            return "counted";
        });
        var start = new CyclicBarrier(2);

        List<Outcome> outcomes;
        try (var threads = Executors.newFixedThreadPool(2)) {
            var onA = threads.submit(() -> fire(a, job, start, otherReturned));
            var onB = threads.submit(() -> fire(b, job, start, otherReturned));
            outcomes = List.of(onA.get(2, TimeUnit.MINUTES), onB.get(2, TimeUnit.MINUTES));
        }

        assertThat(runs.get()).as("the job's work ran once").isEqualTo(1);
        assertThat(outcomes).containsOnlyOnce(Outcome.RAN).containsAnyOf(Outcome.HELD_ELSEWHERE, Outcome.NOT_DUE);
        var recorded = a.store().latest(job.name(), 10);
        assertThat(recorded).hasSize(1);
        assertThat(recorded.getFirst().outcome()).isEqualTo("done");
        assertThat(recorded.getFirst().detail()).isEqualTo("counted");
        assertThat(recorded.getFirst().instanceId())
                .isEqualTo(outcomes.get(0) == Outcome.RAN ? "instance-a" : "instance-b");
    }

    @Test
    void a_round_just_run_elsewhere_is_skipped_until_half_a_period_has_passed() {
        var a = instance("instance-a");
        var b = instance("instance-b");
        var runs = new AtomicInteger();
        var job = job(() -> "run " + runs.incrementAndGet());

        assertThat(a.runner().runRound(job)).isEqualTo(Outcome.RAN);
        clock.advance(Duration.ofSeconds(20));
        assertThat(b.runner().runRound(job))
                .as("B's schedule fires 20 s after A's round of a 1-minute job")
                .isEqualTo(Outcome.NOT_DUE);
        clock.advance(Duration.ofSeconds(40));
        assertThat(b.runner().runRound(job)).isEqualTo(Outcome.RAN);
        assertThat(runs.get()).isEqualTo(2);
        assertThat(a.store().latest(job.name(), 10))
                .extracting(JobRun::instanceId)
                .containsExactly("instance-b", "instance-a");
    }

    @Test
    void a_failing_round_rolls_back_its_work_and_is_recorded_as_failed() {
        var a = instance("instance-a");
        var name = "test-job-" + System.nanoTime();
        var job = job(() -> {
            a.jdbc().sql("insert into app_lock (name) values (?)").param(name).update();
            throw new IllegalStateException("broken on purpose");
        });

        assertThat(a.runner().runRound(job)).isEqualTo(Outcome.FAILED);

        var recorded = a.store().latest(job.name(), 10);
        assertThat(recorded).hasSize(1);
        assertThat(recorded.getFirst().outcome()).isEqualTo("failed");
        assertThat(recorded.getFirst().detail()).contains("broken on purpose");
        assertThat(a.jdbc()
                        .sql("select count(*) from app_lock where name = ?")
                        .param(name)
                        .query(Long.class)
                        .single())
                .as("the failed round's own writes are rolled back")
                .isZero();
    }

    /** One app instance's view of the database: its own connections, lock store, run store and runner. */
    private record Instance(JdbcClient jdbc, JobRunStore store, JobRunner runner) {}

    private Instance instance(String id) {
        DataSource dataSource = new DriverManagerDataSource(
                environment.getRequiredProperty("spring.datasource.url"),
                environment.getRequiredProperty("spring.datasource.username"),
                environment.getProperty("spring.datasource.password", ""));
        var transactions = new DataSourceTransactionManager(dataSource);
        var jdbc = JdbcClient.create(dataSource);
        var store = new JobRunStore(jdbc);
        var locks = new NamedLocks(new NamedLockStore(jdbc), transactions);
        var runner = new JobRunner(
                locks, store, transactions, clock, new JobsProperties(false, Duration.ZERO, id, Duration.ofDays(30)));
        return new Instance(jdbc, store, runner);
    }

    private interface Work {
        String run();
    }

    /** A one-minute job under a name no other test uses. */
    private static Job job(Work work) {
        String name = "test-job-" + System.nanoTime();
        return new Job() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Duration every() {
                return Duration.ofMinutes(1);
            }

            @Override
            public String run() {
                return work.run();
            }
        };
    }

    private static Outcome fire(Instance instance, Job job, CyclicBarrier start, CountDownLatch returned) {
        try {
            start.await(1, TimeUnit.MINUTES);
            return instance.runner().runRound(job);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            returned.countDown();
        }
    }

    private static void await(CountDownLatch latch, long minutes) {
        try {
            assertThat(latch.await(minutes, TimeUnit.MINUTES)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
