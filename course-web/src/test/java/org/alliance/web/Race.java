package org.alliance.web;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Test fixture: runs calls at the same moment, each on its own thread signed in as its own user, the way two
 * tabs, two instances or two instructors would make them. Every call waits at a barrier, so they start together.
 */
public final class Race {
    /** One call in a race and who makes it. */
    public record Runner<T>(String username, String role, Callable<T> call) {}

    /** How one call ended: its value, or what it threw. */
    public record Outcome<T>(T value, Throwable failure) {
        public boolean succeeded() {
            return failure == null;
        }
    }

    private Race() {}

    /** Runs every call at once and waits for all of them (a minute at most, which a deadlock would exceed). */
    @SafeVarargs
    public static <T> List<Outcome<T>> run(Runner<T>... runners) {
        var barrier = new CyclicBarrier(runners.length);
        ExecutorService pool = Executors.newFixedThreadPool(runners.length);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Runner<T> runner : runners) {
                futures.add(pool.submit(() -> {
                    TestUsers.signIn(runner.username(), runner.role());
                    try {
                        barrier.await();
                        return runner.call().call();
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            List<Outcome<T>> outcomes = new ArrayList<>();
            for (Future<T> future : futures) {
                try {
                    outcomes.add(new Outcome<>(future.get(1, TimeUnit.MINUTES), null));
                } catch (java.util.concurrent.ExecutionException e) {
                    outcomes.add(new Outcome<>(null, e.getCause()));
                }
            }
            return outcomes;
        } catch (Exception e) {
            throw new IllegalStateException("the race did not finish: " + e, e);
        } finally {
            pool.shutdownNow();
        }
    }
}
