package org.alliance.web.journey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.alliance.web.persistence.TestPostgres;

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

    /** A fresh database on the tests' PostgreSQL ({@code deploy/postgres-for-tests.sh}), in the postgres profile. */
    static CrashDatabase postgres() {
        var database = TestPostgres.freshDatabase();
        return new CrashDatabase(
                "PostgreSQL",
                Map.of(
                        "SPRING_PROFILES_ACTIVE", "postgres",
                        "SPRING_DATASOURCE_URL", database.url(),
                        "SPRING_DATASOURCE_USERNAME", database.username(),
                        "SPRING_DATASOURCE_PASSWORD", database.password()),
                List.of());
    }
}
