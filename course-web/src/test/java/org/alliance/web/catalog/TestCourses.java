package org.alliance.web.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.alliance.core.format.CourseReader;
import org.springframework.context.ApplicationContext;

/** Test fixture: publishes course files as a new version, the way bundled courses and imports are. */
public final class TestCourses {
    private TestCourses() {}

    /** The files of a course under src/test/resources/courses, with its id replaced. */
    public static Map<String, String> files(String folder, String newId) {
        return files(Path.of("src/test/resources/courses", folder), newId);
    }

    /** The files of the course at {@code root} (a bundled course, say), with its id replaced. */
    public static Map<String, String> files(Path root, String newId) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readString(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.put("course.yaml", files.get("course.yaml").replaceFirst("(?m)^id: .*$", "id: " + newId));
        return files;
    }

    public static PublishedCourse publish(ApplicationContext context, Map<String, String> files, String owner) {
        var read = CourseReader.fromFiles(files);
        if (read.course().isEmpty()) {
            throw new IllegalArgumentException("test course does not read: " + read.errors());
        }
        return context.getBean(CourseVersions.class)
                .publish(files, read.course().get(), read.contentHash().orElseThrow(), owner);
    }
}
