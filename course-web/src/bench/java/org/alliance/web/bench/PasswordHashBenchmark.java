package org.alliance.web.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * The cost a sign-in pays for hashing: one Argon2id verification, with the app's parameters (security's
 * PasswordHashing: OWASP's minimum, 19 MiB, t=2, p=1) beside the earlier ones (Spring's v5.8 defaults, 16 MiB),
 * so that their ratio comes from one run. Registration and password changes pay one encode.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PasswordHashBenchmark {
    @Param({"19456", "16384"})
    public int memoryKib;

    private Argon2PasswordEncoder encoder;
    private String stored;

    @Setup
    public void setUp() {
        encoder = new Argon2PasswordEncoder(16, 32, 1, memoryKib, 2);
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
