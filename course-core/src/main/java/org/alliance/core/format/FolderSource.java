package org.alliance.core.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.alliance.core.validation.Location;
import org.alliance.core.validation.ProblemCode;
import org.alliance.core.validation.ProblemLog;

/** Reads a course folder's files, with the same limits as an archive. Symbolic links are not followed. */
final class FolderSource {

    private FolderSource() {}

    static SourceFiles read(Path root, Limits limits) {
        ProblemLog log = new ProblemLog();
        Map<String, byte[]> raw = new TreeMap<>();
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root, 4)) {
            walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .limit(limits.maxEntries() + 1L)
                    .forEach(paths::add);
        } catch (IOException | UncheckedIOException e) {
            log.report(
                    ProblemCode.MISSING_FILE,
                    Location.unknown(root.toString()),
                    "",
                    "expected",
                    root + " (" + e.getMessage() + ")");
            return new SourceFiles(Map.of(), log.problems());
        }
        if (paths.size() > limits.maxEntries()) {
            log.report(
                    ProblemCode.TOO_MANY_ENTRIES,
                    Location.unknown(root.toString()),
                    "",
                    "limit",
                    Integer.toString(limits.maxEntries()));
            return new SourceFiles(Map.of(), log.problems());
        }
        long total = 0;
        for (Path p : paths) {
            String relative =
                    root.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
            if (EntryPath.ignored(relative)) {
                continue;
            }
            try {
                long size = Files.size(p);
                total += size;
                if (size > limits.maxFileBytes()) {
                    log.report(
                            ProblemCode.FILE_TOO_LARGE,
                            Location.unknown(relative),
                            "",
                            "file",
                            relative,
                            "limit",
                            Long.toString(limits.maxFileBytes()));
                    continue;
                }
                if (total > limits.maxTotalBytes()) {
                    log.report(
                            ProblemCode.ARCHIVE_TOO_LARGE,
                            Location.unknown(relative),
                            "",
                            "limit",
                            Long.toString(limits.maxTotalBytes()));
                    return new SourceFiles(Map.of(), log.problems());
                }
                raw.put(relative, Files.readAllBytes(p));
            } catch (IOException e) {
                log.report(
                        ProblemCode.MISSING_FILE,
                        Location.unknown(relative),
                        "",
                        "expected",
                        relative + " (" + e.getMessage() + ")");
            }
        }
        return Decoding.decode(raw, log);
    }
}
