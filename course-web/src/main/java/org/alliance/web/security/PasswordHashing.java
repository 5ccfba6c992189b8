package org.alliance.web.security;

import java.util.Map;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are stored: Argon2id at OWASP's minimum (Password Storage Cheat Sheet: m=19 MiB, t=2, p=1),
 * 16-byte salt, 32-byte hash. Hashes made with older parameters (Spring's v5.8 defaults, 16 MiB) and bcrypt
 * hashes still verify; the sign-in re-hashes them with these ({@link AccountPasswordUpgrade}).
 */
final class PasswordHashing {
    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;
    static final int PARALLELISM = 1;
    static final int MEMORY_KIB = 19 * 1024;
    static final int ITERATIONS = 2;

    private PasswordHashing() {}

    static Argon2PasswordEncoder argon2() {
        return new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, PARALLELISM, MEMORY_KIB, ITERATIONS);
    }

    /** Argon2id for new hashes (bcrypt cuts passwords at 72 bytes; we allow 128 characters); bcrypt verifies. */
    static PasswordEncoder encoder(int concurrentHashes) {
        var delegating = new DelegatingPasswordEncoder(
                "argon2", Map.of("argon2", argon2(), "bcrypt", new BCryptPasswordEncoder()));
        return new BoundedPasswordEncoder(delegating, concurrentHashes);
    }
}
