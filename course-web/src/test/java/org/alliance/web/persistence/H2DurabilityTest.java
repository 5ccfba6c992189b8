package org.alliance.web.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A commit that has returned survives {@code kill -9} with the H2 settings the app ships with. H2's default
 * (WRITE_DELAY 500 ms: commits reach the file from a background thread) lost 54 to 120 of about 500 acknowledged
 * rows in three such kills on this machine; {@code WRITE_DELAY=0} in the app's URL writes each commit before it
 * returns. A process kill leaves what was written in the operating system's cache, so no fsync is needed for it
 * (a power cut is another matter: docs/operations.md).
 */
class H2DurabilityTest {
    @TempDir
    Path dir;

    @Test
    void every_commit_acknowledged_before_a_kill_is_in_the_file_afterwards() throws Exception {
        String url = shippedUrl().replace("${alliance.data-dir}", dir.toString());
        Path printed = dir.resolve("acknowledged.txt");
        var writer = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElse("java"),
                        "-cp",
                        System.getProperty("java.class.path"),
                        AcknowledgingWriter.class.getName(),
                        url)
                .redirectOutput(printed.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        // Kill in the middle of a stream of commits, well after the background writer's first rounds.
        while (lastId(printed) < 2_000) {
            assertThat(writer.isAlive()).as("the writer stopped early").isTrue();
            Thread.sleep(20);
        }
        writer.destroyForcibly();
        writer.waitFor();
        long acknowledged = lastId(printed);
        assertThat(storedIds(url)).isGreaterThanOrEqualTo(acknowledged);
    }

    /** The last id printed in full: printed means acknowledged, a half-written last line does not count. */
    private static long lastId(Path printed) throws IOException {
        List<String> lines = Files.readAllLines(printed);
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).matches("\\d+")
                    && (i < lines.size() - 1 || Files.readString(printed).endsWith("\n"))) {
                return Long.parseLong(lines.get(i));
            }
        }
        return 0;
    }

    private static long storedIds(String url) throws SQLException {
        try (var connection = DriverManager.getConnection(url, "sa", "");
                var result = connection.createStatement().executeQuery("SELECT COUNT(*) FROM acknowledged")) {
            result.next();
            return result.getLong(1);
        }
    }

    private static String shippedUrl() throws IOException {
        var properties = new Properties();
        try (var in = H2DurabilityTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        String url = properties.getProperty("spring.datasource.url");
        assertThat(url).startsWith("jdbc:h2:file:");
        return url;
    }
}
