package org.alliance.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/** Prints each phase's rows as a table, and appends them to a CSV file when one is named. */
final class Report {
    private final String csv;

    Report(String csv) {
        this.csv = csv;
    }

    void print(String phase, Recorder recorder) throws IOException {
        System.out.printf("%n== %s%n", phase);
        System.out.printf(
                "%-28s %7s %6s %9s %9s %9s %9s%n", "action", "count", "errors", "p50 ms", "p95 ms", "p99 ms", "max ms");
        for (var row : recorder.drain()) {
            System.out.printf(
                    Locale.ROOT,
                    "%-28s %7d %6d %9.1f %9.1f %9.1f %9.1f%n",
                    row.action(),
                    row.count(),
                    row.errors(),
                    row.p50(),
                    row.p95(),
                    row.p99(),
                    row.max());
            if (!csv.isEmpty()) {
                Files.writeString(
                        Path.of(csv),
                        String.format(
                                Locale.ROOT,
                                "%s,%s,%d,%d,%.1f,%.1f,%.1f,%.1f%n",
                                phase,
                                row.action(),
                                row.count(),
                                row.errors(),
                                row.p50(),
                                row.p95(),
                                row.p99(),
                                row.max()),
                        StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            }
        }
        recorder.firstErrors().forEach((action, error) -> System.out.printf("   first error, %s: %s%n", action, error));
        System.out.flush();
    }
}
