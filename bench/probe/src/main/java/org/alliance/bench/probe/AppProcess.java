package org.alliance.bench.probe;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The app under measurement as its own process; the clock starts just before the process does. */
final class AppProcess implements AutoCloseable {
    private static final Duration POLL = Duration.ofMillis(20);

    private final Process process;
    private final long startedNanos;
    private final Path log;

    private AppProcess(Process process, long startedNanos, Path log) {
        this.process = process;
        this.startedNanos = startedNanos;
        this.log = log;
    }

    static AppProcess start(List<String> command, Path dir, Map<String, String> env, Path log) throws IOException {
        var builder = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(env);
        long started = System.nanoTime();
        var process = builder.start();
        // An interrupted probe (Ctrl-C) leaves no app behind, holding its port and data directory.
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        return new AppProcess(process, started, log);
    }

    long elapsedMillis() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    }

    /** Polls until the path answers 200 (redirects are not followed) and returns the milliseconds since start. */
    long awaitStatus200(int port, String path, Duration limit) throws InterruptedException {
        var client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(1))
                .build();
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .build();
        while (elapsedMillis() < limit.toMillis()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return elapsedMillis();
                }
            } catch (IOException notListeningYet) {
                // Refused until the web server is up.
            }
            Thread.sleep(POLL);
        }
        throw new IllegalStateException("No 200 on " + path + " within " + limit + "; see " + log);
    }

    /**
     * Waits until Spring Boot's readiness probe says the app accepts traffic (Alliance: after its start-up work,
     * such as creating the demo accounts, which it does after /login already answers) and returns the milliseconds
     * since start. An app without the probe (any answer but 200 or 503, such as the bare app's) counts as ready.
     */
    long awaitReady(int port, Duration limit) throws InterruptedException {
        var client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(1))
                .build();
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(30))
                .build();
        while (elapsedMillis() < limit.toMillis()) {
            try {
                int status = client.send(request, HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                if (status != 503) {
                    return elapsedMillis();
                }
            } catch (IOException notAnswering) {
                // Tried again below.
            }
            Thread.sleep(POLL);
        }
        throw new IllegalStateException("Not ready within " + limit + "; see " + log);
    }

    /** SIGTERM, as a service manager stops it; killed outright if it has not exited after 30 s. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
