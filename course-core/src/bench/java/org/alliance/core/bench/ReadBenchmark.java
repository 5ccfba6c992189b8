package org.alliance.core.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.alliance.core.format.CourseReader;
import org.alliance.core.format.ReadResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** Reading and validating a 100-file course, from memory (the editor's path) and from a folder. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReadBenchmark {

    private Map<String, String> files;
    private Path folder;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        files = ContentTree.files();
        if (files.size() != 100) {
            throw new IllegalStateException("expected 100 files, got " + files.size());
        }
        folder = Files.createTempDirectory("alliance-bench");
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path p = folder.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue());
        }
        ReadResult check = CourseReader.fromFiles(files);
        if (check.hasErrors() || !check.warnings().isEmpty()) {
            throw new IllegalStateException("the generated course is not clean: " + check.problems());
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    public ReadResult readAndValidateFromMemory() {
        return CourseReader.fromFiles(files);
    }

    @Benchmark
    public ReadResult readAndValidateFromFolder() {
        return CourseReader.fromFolder(folder);
    }
}
