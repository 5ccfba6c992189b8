package org.alliance.web.journey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Where a crash run's app keeps its data: what the process is started with, the same for the restart. */
record CrashDatabase(String name, Map<String, String> environment, List<String> arguments) {

    /** A fresh embedded H2 file under target/crash, with the settings the app ships with. */
    static CrashDatabase h2() {
        try {
            Files.createDirectories(Path.of("target", "crash"));
            Path dir = Files.createTempDirectory(Path.of("target", "crash"), "h2-");
            return new CrashDatabase(
                    "H2", Map.of("ALLIANCE_DATA_DIR", dir.toAbsolutePath().toString()), List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
