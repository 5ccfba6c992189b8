package org.alliance.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * However many sign-ins arrive at once, at most N passwords are hashed at the same time; the others wait and then
 * all complete. Checked with a fake encoder that holds every hash until the test lets go (no timing involved).
 */
class BoundedPasswordEncoderTest {
    private static final int LIMIT = 2;
    private static final int SIGN_INS = 60;

    @Test
    void sixty_simultaneous_hashes_run_at_most_two_at_a_time_and_all_finish() throws Exception {
        var fake = new HoldingEncoder();
        var bounded = new BoundedPasswordEncoder(fake, LIMIT);
        try (var pool = Executors.newFixedThreadPool(SIGN_INS)) {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < SIGN_INS; i++) {
                String password = "password " + i;
                boolean verify = i % 2 == 0;
                results.add(pool.submit(
                        () -> verify ? bounded.matches(password, "stored") : bounded.encode(password) != null));
            }
            // The first two get in and are held there; everybody else must end up queued behind them (an
            // unbounded encoder lets them all in, so the queue never fills and this wait gives up).
            assertThat(fake.twoInside.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(awaitQueued(bounded, SIGN_INS - LIMIT)).isTrue();
            assertThat(fake.inside.get()).isEqualTo(LIMIT);
            fake.release.countDown();
            for (Future<Boolean> result : results) {
                assertThat(result.get(30, TimeUnit.SECONDS)).isTrue();
            }
        }
        assertThat(fake.calls.get()).isEqualTo(SIGN_INS);
        assertThat(fake.mostAtOnce.get()).isEqualTo(LIMIT);
    }

    private static boolean awaitQueued(BoundedPasswordEncoder bounded, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (bounded.queued() < expected && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return bounded.queued() == expected;
    }

    @Test
    void checking_whether_a_hash_needs_upgrading_takes_no_turn() throws Exception {
        var fake = new HoldingEncoder();
        var bounded = new BoundedPasswordEncoder(fake, 1);
        try (var pool = Executors.newSingleThreadExecutor()) {
            var held = pool.submit(() -> bounded.encode("held"));
            assertThat(fake.oneInside.await(30, TimeUnit.SECONDS)).isTrue();
            // The only turn is taken, yet this returns at once.
            assertThat(bounded.upgradeEncoding("stored")).isTrue();
            fake.release.countDown();
            assertThat(held.get(30, TimeUnit.SECONDS)).isEqualTo("hashed");
        }
    }

    /** Counts how many callers are inside at once and keeps them there until released. */
    private static final class HoldingEncoder implements PasswordEncoder {
        final AtomicInteger inside = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();
        final AtomicInteger calls = new AtomicInteger();
        final CountDownLatch oneInside = new CountDownLatch(1);
        final CountDownLatch twoInside = new CountDownLatch(2);
        final CountDownLatch release = new CountDownLatch(1);

        private void hold() {
            int now = inside.incrementAndGet();
            mostAtOnce.accumulateAndGet(now, Math::max);
            calls.incrementAndGet();
            oneInside.countDown();
            twoInside.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                inside.decrementAndGet();
            }
        }

        @Override
        public String encode(@Nullable CharSequence rawPassword) {
            hold();
            return "hashed";
        }

        @Override
        public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
            hold();
            return true;
        }

        @Override
        public boolean upgradeEncoding(@Nullable String encodedPassword) {
            return true;
        }
    }
}
