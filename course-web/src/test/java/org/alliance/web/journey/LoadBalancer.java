package org.alliance.web.journey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** HAProxy from Debian with the project's own {@code deploy/haproxy.cfg}, in front of two app processes. */
final class LoadBalancer implements AutoCloseable {
    static final Path HAPROXY = Path.of("/usr/sbin/haproxy");
    static final Path CONFIG = Path.of("..", "deploy", "haproxy.cfg");

    final int port;
    private final Process process;

    private LoadBalancer(int port, Process process) {
        this.port = port;
        this.process = process;
    }

    static boolean installed() {
        return Files.isExecutable(HAPROXY);
    }

    static LoadBalancer start(int firstPort, int secondPort, Path log) {
        int port = AppProcess.freePort();
        try {
            Files.createDirectories(log.getParent());
            var builder = new ProcessBuilder(HAPROXY.toString(), "-db", "-f", CONFIG.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("ALLIANCE_LB_BIND", "127.0.0.1:" + port);
            builder.environment().put("ALLIANCE_APP1", "127.0.0.1:" + firstPort);
            builder.environment().put("ALLIANCE_APP2", "127.0.0.1:" + secondPort);
            var balancer = new LoadBalancer(port, builder.start());
            balancer.awaitListening(log);
            return balancer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitListening(Path log) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("HAProxy exited with " + process.exitValue() + "; see " + log);
            }
            try (var ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        throw new IllegalStateException("HAProxy did not listen on " + port + "; see " + log);
    }

    @Override
    public void close() {
        process.destroy();
    }
}
