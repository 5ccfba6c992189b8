package org.alliance.web.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.alliance.web.AllianceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * While one transaction holds a named lock, a second that asks for it waits until the first commits, and a job
 * that asks only if the lock is free skips its round; once free, it runs. On H2 and PostgreSQL.
 */
@AllianceTest
@AlsoOnPostgres
class NamedLocksTest {
    @Autowired
    NamedLocks locks;

    @Test
    void a_held_lock_makes_the_next_holder_wait_and_a_job_skip() throws Exception {
        String name = "test-lock-" + System.nanoTime();
        var holding = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        List<String> order = new CopyOnWriteArrayList<>();

        var first = CompletableFuture.supplyAsync(() -> locks.runExclusively(name, () -> {
            holding.countDown();
            await(release);
            order.add("first done");
            return 1;
        }));
        assertThat(holding.await(1, TimeUnit.MINUTES)).isTrue();

        assertThat(locks.runIfFree(name, () -> order.add("job ran while held")))
                .as("a job skips a held lock")
                .isFalse();
        var second = CompletableFuture.supplyAsync(() -> locks.runExclusively(name, () -> {
            order.add("second ran");
            return 2;
        }));
        release.countDown();

        assertThat(first.get(1, TimeUnit.MINUTES)).isEqualTo(1);
        assertThat(second.get(2, TimeUnit.MINUTES)).isEqualTo(2);
        assertThat(order).containsExactly("first done", "second ran");
        assertThat(locks.runIfFree(name, () -> order.add("job ran when free"))).isTrue();
        assertThat(order).endsWith("job ran when free");
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(1, TimeUnit.MINUTES)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
