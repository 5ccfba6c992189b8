package org.alliance.web.security;

import java.util.concurrent.Semaphore;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * At most a fixed number of password hashes computed at once; the rest wait their turn. Each Argon2 hash takes
 * 19 MiB and a core for tens of milliseconds, so 100 simultaneous sign-ins unbounded would want 1.9 GB and thrash
 * two cores; queued, they take the same total time and a few hashes' worth of memory.
 */
final class BoundedPasswordEncoder implements PasswordEncoder {
    private final PasswordEncoder delegate;
    private final Semaphore permits;

    BoundedPasswordEncoder(PasswordEncoder delegate, int concurrentHashes) {
        if (concurrentHashes < 1) {
            throw new IllegalArgumentException("at least one hash at a time: " + concurrentHashes);
        }
        this.delegate = delegate;
        this.permits = new Semaphore(concurrentHashes, true);
    }

    @Override
    public @Nullable String encode(@Nullable CharSequence rawPassword) {
        acquire();
        try {
            return delegate.encode(rawPassword);
        } finally {
            permits.release();
        }
    }

    @Override
    public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
        acquire();
        try {
            return delegate.matches(rawPassword, encodedPassword);
        } finally {
            permits.release();
        }
    }

    /** Only reads the stored parameters: no hash, so no permit. */
    @Override
    public boolean upgradeEncoding(@Nullable String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    /** How many callers are waiting for their turn (an estimate, as Semaphore gives it). */
    int queued() {
        return permits.getQueueLength();
    }

    private void acquire() {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to hash a password", e);
        }
    }
}
