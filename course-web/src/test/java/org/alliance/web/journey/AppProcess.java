package org.alliance.web.journey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The production jar run as its own operating-system process, as an operator runs it, so that a test can kill it
 * without warning ({@code kill -9}) or stop it the way a service manager does ({@code SIGTERM}).
 */
final class AppProcess implements AutoCloseable {
    private static final Duration START_LIMIT = Duration.ofMinutes(4);

    final int port;
    private final Process process;
    private final Path log;

    private AppProcess(int port, Process process, Path log) {
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts the jar with these environment variables and arguments and waits until it reports itself ready
     * (readiness includes the database and the end of start-up work), as a load balancer waits.
     * The JVM is the one running the tests (JDK 25); output goes to the given log file.
     */
    static AppProcess start(Map<String, String> environment, List<String> arguments, Path log) {
        return start(environment, List.of(), arguments, log);
    }

    /** The same with options for the JVM itself (before {@code -jar}). */
    static AppProcess start(
            Map<String, String> environment, List<String> jvmOptions, List<String> arguments, Path log) {
        int port = freePort();
        var command = new ArrayList<String>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Xmx512m");
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", productionJar().toString(), "--server.port=" + port));
        command.addAll(arguments);
        try {
            Files.createDirectories(log.getParent());
            var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            var app = new AppProcess(port, builder.start(), log);
            app.awaitReady();
            return app;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code kill -9}: the JVM gets no chance to flush, close or shut down anything. */
    void kill() {
        process.destroyForcibly();
        awaitExit();
    }

    /** {@code SIGTERM}: Spring's graceful shutdown runs, as under systemd or Docker. */
    void stop() {
        process.destroy();
        awaitExit();
    }

    private void awaitExit() {
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the app to exit", e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    private void awaitReady() {
        var client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(10))
                .build();
        Instant deadline = Instant.now().plus(START_LIMIT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause();
        }
        close();
        throw new IllegalStateException("The app did not answer within " + START_LIMIT + "; see " + log);
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The repackaged jar that {@code package} built (production frontend), not the plain ".original". */
    static Path productionJar() {
        try (var files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("course-web-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            "No course-web jar under target/: the crash test runs after `package`"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
