package org.alliance.web.bench;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The cost a sign-in pays for hashing: one Argon2id verification with the encoder the app uses (the same
 * settings as SecurityConfig). Registration and password changes pay one encode.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PasswordHashBenchmark {
    private PasswordEncoder encoder;
    private String stored;

    @Setup
    public void setUp() {
        encoder = new DelegatingPasswordEncoder("argon2", Map.of(
                "argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
        stored = encoder.encode("a calm sentence of a password");
    }

    @Benchmark
    public boolean verifyOnSignIn() {
        return encoder.matches("a calm sentence of a password", stored);
    }

    @Benchmark
    public String hashOnRegistration() {
        return encoder.encode("a calm sentence of a password");
    }
}
