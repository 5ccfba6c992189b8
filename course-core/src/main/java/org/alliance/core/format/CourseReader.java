package org.alliance.core.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.alliance.core.model.Course;
import org.alliance.core.validation.Location;
import org.alliance.core.validation.Problem;
import org.alliance.core.validation.ProblemCode;
import org.alliance.core.validation.ProblemLog;
import org.alliance.core.validation.SourceMap;
import org.alliance.core.validation.Validator;

/**
 * Reads a course from a folder, a zip archive or in-memory files (path to text, as the editor
 * holds them). Never throws on bad content: everything wrong comes back as problems, and a course
 * only when there is no error.
 */
public final class CourseReader {

    private CourseReader() {}

    public static ReadResult fromFolder(Path folder) {
        return guarded(() -> read(FolderSource.read(folder, Limits.DEFAULT)));
    }

    public static ReadResult fromZip(Path zip) {
        return guarded(() -> {
            try (InputStream in = Files.newInputStream(zip)) {
                return fromZip(in, Limits.DEFAULT);
            } catch (IOException e) {
                ProblemLog log = new ProblemLog();
                log.report(
                        ProblemCode.ARCHIVE_CORRUPT,
                        Location.unknown(zip.toString()),
                        "",
                        "detail",
                        String.valueOf(e.getMessage()));
                return new ReadResult(Optional.empty(), log.problems());
            }
        });
    }

    public static ReadResult fromZip(InputStream zip) {
        return fromZip(zip, Limits.DEFAULT);
    }

    public static ReadResult fromZip(InputStream zip, Limits limits) {
        return guarded(() -> read(ZipSource.read(zip, limits)));
    }

    /** Reads files held in memory; keys are paths relative to the course root, e.g. {@code quizzes/q1.yaml}. */
    public static ReadResult fromFiles(Map<String, String> files) {
        return guarded(() -> {
            ProblemLog log = new ProblemLog();
            Map<String, String> safe = new TreeMap<>();
            long total = 0;
            for (Map.Entry<String, String> e : files.entrySet()) {
                Optional<String> path = EntryPath.safe(e.getKey());
                if (path.isEmpty()) {
                    log.report(ProblemCode.PATH_TRAVERSAL, Location.unknown(e.getKey()), "", "entry", e.getKey());
                    continue;
                }
                long size = e.getValue().length();
                total += size;
                if (size > Limits.DEFAULT.maxFileBytes()) {
                    log.report(
                            ProblemCode.FILE_TOO_LARGE,
                            Location.unknown(path.get()),
                            "",
                            "file",
                            path.get(),
                            "limit",
                            Long.toString(Limits.DEFAULT.maxFileBytes()));
                    continue;
                }
                if (!EntryPath.ignored(path.get())) {
                    safe.put(
                            path.get(),
                            e.getValue().startsWith("\uFEFF") ? e.getValue().substring(1) : e.getValue());
                }
            }
            if (total > Limits.DEFAULT.maxTotalBytes()) {
                log.report(
                        ProblemCode.ARCHIVE_TOO_LARGE,
                        Location.unknown(""),
                        "",
                        "limit",
                        Long.toString(Limits.DEFAULT.maxTotalBytes()));
                return new ReadResult(Optional.empty(), log.problems());
            }
            return read(new SourceFiles(safe, log.problems()));
        });
    }

    private static ReadResult read(SourceFiles source) {
        ProblemLog log = new ProblemLog();
        log.addAll(source.problems());
        if (source.files().isEmpty() && log.hasErrors()) {
            // The source was refused as a whole (too large, corrupt, ambiguous): there are no files to judge.
            return new ReadResult(Optional.empty(), sorted(log.problems()));
        }
        SourceMap sources = SourceMap.empty();
        CourseAssembler.Assembly assembly = CourseAssembler.assemble(source.files(), log, sources);
        Optional<Course> draft = assembly.course();
        draft.ifPresent(course -> {
            log.addAll(Validator.validate(course, sources));
            log.addAll(UnlistedChecks.problems(course, assembly.unlisted(), sources));
        });
        List<Problem> problems = sorted(log.problems());
        boolean errors = problems.stream().anyMatch(Problem::isError);
        Optional<Course> preview = draft.map(course -> UnlistedChecks.withStandIn(course, assembly.unlisted()));
        return new ReadResult(errors ? Optional.empty() : draft, problems, preview);
    }

    static List<Problem> sorted(List<Problem> problems) {
        List<Problem> result = new ArrayList<>(problems);
        result.sort(Comparator.comparing(Problem::file)
                .thenComparingInt(Problem::line)
                .thenComparingInt(Problem::column));
        return result;
    }

    /** The last line of defence: a bug in the reader must still not surface as an exception. */
    private static ReadResult guarded(Supplier<ReadResult> reading) {
        try {
            return reading.get();
        } catch (RuntimeException | StackOverflowError e) {
            ProblemLog log = new ProblemLog();
            log.report(
                    ProblemCode.UNREADABLE,
                    Location.unknown(""),
                    "",
                    "detail",
                    e.getClass().getSimpleName());
            return new ReadResult(Optional.empty(), log.problems());
        }
    }
}
