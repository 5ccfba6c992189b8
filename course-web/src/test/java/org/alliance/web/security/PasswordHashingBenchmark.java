package org.alliance.web.security;

import java.util.Arrays;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Not a test: a measurement to run by hand, to choose and document the Argon2 cost (docs/security.md, 11.4.2).
 * Prints the median milliseconds per hash and per verification, old parameters (Spring's v5.8 defaults:
 * 16 MiB, t=2, p=1) against the current ones ({@link PasswordHashing}: 19 MiB, t=2, p=1), one thread.
 * Compile and write the class path (from the root):
 * {@code ./mvn25 -q -pl course-web -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp},
 * then from course-web, with JDK 25 (an optional argument sets the runs):
 * {@code java -cp "target/test-classes:target/classes:$(cat target/bench.cp)" org.alliance.web.security.PasswordHashingBenchmark 60}.
 */
public final class PasswordHashingBenchmark {
    private static final int WARM_UP = 20;
    private static final int RUNS = 20;
    private static final String PASSWORD = "a password of ordinary length";

    private PasswordHashingBenchmark() {}

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : RUNS;
        PasswordEncoder[] encoders = {Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), PasswordHashing.argon2()};
        String[] names = {"old  m=16384 KiB t=2 p=1", "new  m=19456 KiB t=2 p=1"};
        // Both warmed up first (the JIT), then measured in turns, so a busy moment on the machine hits both alike.
        for (int i = 0; i < WARM_UP; i++) {
            for (PasswordEncoder encoder : encoders) {
                encoder.matches(PASSWORD, encoder.encode(PASSWORD));
            }
        }
        double[][] encode = new double[2][runs];
        double[][] verify = new double[2][runs];
        for (int i = 0; i < runs; i++) {
            for (int e = 0; e < 2; e++) {
                long start = System.nanoTime();
                String hash = encoders[e].encode(PASSWORD);
                encode[e][i] = (System.nanoTime() - start) / 1e6;
                start = System.nanoTime();
                encoders[e].matches(PASSWORD, hash);
                verify[e][i] = (System.nanoTime() - start) / 1e6;
            }
        }
        for (int e = 0; e < 2; e++) {
            System.out.printf(
                    "%s: hash median %.1f ms, verify median %.1f ms (%d runs each, %d cores)%n",
                    names[e],
                    median(encode[e]),
                    median(verify[e]),
                    runs,
                    Runtime.getRuntime().availableProcessors());
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
