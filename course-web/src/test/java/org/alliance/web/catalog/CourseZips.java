package org.alliance.web.catalog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.alliance.core.format.CourseReader;
import org.springframework.context.ApplicationContext;

/** Test fixtures: the bundled courses' own files, renamed to a fresh id, and zips built from them. */
public final class CourseZips {
    public static final Path CONTENT = Path.of("..", "content", "courses");

    private CourseZips() {}

    /** The files of a bundled course as they are in content/courses/, path relative to the course folder. */
    public static Map<String, String> bundled(String courseId) {
        Path root = CONTENT.resolve(courseId);
        Map<String, String> files = new TreeMap<>();
        try (var walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** A bundled course under a new id (course.yaml's first line is its id). */
    public static Map<String, String> renamed(String courseId, String newId) {
        Map<String, String> files = bundled(courseId);
        files.put("course.yaml", files.get("course.yaml").replaceFirst("(?m)^id: .*$", "id: " + newId));
        return files;
    }

    /** A zip with the files under one top folder, as export writes it and content/courses/ holds it. */
    public static byte[] zip(String folder, Map<String, String> files) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(folder.isEmpty() ? file.getKey() : folder + "/" + file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Publishes a valid course owned by {@code owner}, as that owner's import would (for access tests). */
    public static void publishAs(ApplicationContext context, String owner, Map<String, String> files) {
        var read = CourseReader.fromFiles(files);
        context.getBean(CourseVersions.class).publish(files, read.course().orElseThrow(),
                read.contentHash().orElseThrow(), owner);
    }
}
