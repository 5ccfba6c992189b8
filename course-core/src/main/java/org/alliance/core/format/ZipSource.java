package org.alliance.core.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.alliance.core.validation.Location;
import org.alliance.core.validation.ProblemCode;
import org.alliance.core.validation.ProblemLog;
import org.jspecify.annotations.Nullable;

/**
 * Reads a course from a zip archive. Sizes are counted from the bytes actually inflated, never
 * from the entry headers, so a zip bomb stops at the limit. Only entries under the folder holding
 * the shallowest course.yaml are kept. An archive holding one file twice is refused as a whole.
 */
final class ZipSource {

    private static final String ARCHIVE = "archive";

    private ZipSource() {}

    static SourceFiles read(InputStream in, Limits limits) {
        ProblemLog log = new ProblemLog();
        Map<String, byte[]> entries = new TreeMap<>();
        Set<String> duplicates = new TreeSet<>();
        try (ZipInputStream zip = new ZipInputStream(in)) {
            int count = 0;
            long total = 0;
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++count > limits.maxEntries()) {
                    log.report(
                            ProblemCode.TOO_MANY_ENTRIES,
                            Location.unknown(ARCHIVE),
                            "",
                            "limit",
                            Integer.toString(limits.maxEntries()));
                    return new SourceFiles(Map.of(), log.problems());
                }
                String name = entry.getName();
                Optional<String> safe = EntryPath.safe(name);
                if (safe.isEmpty()) {
                    log.report(ProblemCode.PATH_TRAVERSAL, Location.unknown(ARCHIVE), "", "entry", name);
                    continue;
                }
                if (entry.isDirectory() || EntryPath.ignored(safe.get())) {
                    continue;
                }
                if (entries.containsKey(safe.get()) && duplicates.add(safe.get())) {
                    log.report(ProblemCode.DUPLICATE_ENTRY, Location.unknown(ARCHIVE), "", "entry", safe.get());
                }
                byte[] bytes = readCapped(zip, limits.maxFileBytes());
                if (bytes == null) {
                    log.report(
                            ProblemCode.FILE_TOO_LARGE,
                            Location.unknown(safe.get()),
                            "",
                            "file",
                            safe.get(),
                            "limit",
                            Long.toString(limits.maxFileBytes()));
                    total += limits.maxFileBytes();
                } else {
                    total += bytes.length;
                    entries.put(safe.get(), bytes);
                }
                if (total > limits.maxTotalBytes()) {
                    log.report(
                            ProblemCode.ARCHIVE_TOO_LARGE,
                            Location.unknown(ARCHIVE),
                            "",
                            "limit",
                            Long.toString(limits.maxTotalBytes()));
                    return new SourceFiles(Map.of(), log.problems());
                }
            }
        } catch (IOException | RuntimeException e) {
            log.report(
                    ProblemCode.ARCHIVE_CORRUPT,
                    Location.unknown(ARCHIVE),
                    "",
                    "detail",
                    String.valueOf(e.getMessage()));
            return new SourceFiles(Map.of(), log.problems());
        }
        if (!duplicates.isEmpty()) {
            // Which copy is the course's cannot be told, and tools disagree on it: read neither.
            return new SourceFiles(Map.of(), log.problems());
        }
        return Decoding.decode(underRoot(entries, log), log);
    }

    /** The bytes of the current entry, or null when it exceeds {@code cap}. */
    private static byte @Nullable [] readCapped(InputStream in, long cap) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long read = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            read += n;
            if (read > cap) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** Keeps the entries under the course root, relative to it. */
    static Map<String, byte[]> underRoot(Map<String, byte[]> entries, ProblemLog log) {
        List<String> roots = new ArrayList<>();
        int depth = Integer.MAX_VALUE;
        for (String path : entries.keySet()) {
            if (path.equals("course.yaml") || path.endsWith("/course.yaml")) {
                String root = path.substring(0, path.length() - "course.yaml".length());
                int d = root.isEmpty() ? 0 : root.split("/").length;
                if (d < depth) {
                    depth = d;
                    roots.clear();
                }
                if (d == depth) {
                    roots.add(root);
                }
            }
        }
        if (roots.isEmpty()) {
            return entries; // the missing course.yaml is reported when the course is assembled
        }
        if (roots.size() > 1) {
            log.report(
                    ProblemCode.SEVERAL_COURSES,
                    Location.unknown(ARCHIVE),
                    "",
                    "paths",
                    String.join(", ", roots.stream().map(r -> r + "course.yaml").toList()));
        }
        String root = roots.getFirst();
        Map<String, byte[]> result = new TreeMap<>();
        entries.forEach((path, bytes) -> {
            if (path.startsWith(root)) {
                result.put(path.substring(root.length()), bytes);
            }
        });
        return result;
    }
}
