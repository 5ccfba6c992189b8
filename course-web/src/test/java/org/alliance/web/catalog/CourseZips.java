package org.alliance.web.catalog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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

    /**
     * A zip like {@link #zip} with a second entry named {@code folder/path}. ZipOutputStream refuses a name twice,
     * so the second copy is written under a placeholder of the same length and renamed in the bytes.
     */
    public static byte[] zipWithDuplicate(String folder, Map<String, String> files, String path, String secondCopy) {
        String name = folder + "/" + path;
        String placeholder = name.substring(0, name.length() - 1) + "\u0001";
        var withPlaceholder = new TreeMap<>(files);
        withPlaceholder.put(path.substring(0, path.length() - 1) + "\u0001", secondCopy);
        byte[] zip = zip(folder, withPlaceholder);
        byte[] from = placeholder.getBytes(StandardCharsets.UTF_8);
        byte[] to = name.getBytes(StandardCharsets.UTF_8);
        int renamed = 0;
        for (int i = 0; i + from.length <= zip.length; i++) {
            if (Arrays.equals(zip, i, i + from.length, from, 0, from.length)) {
                System.arraycopy(to, 0, zip, i, to.length);
                renamed++;
            }
        }
        if (renamed != 2) {
            throw new IllegalStateException("expected the name in the local header and the central directory");
        }
        return zip;
    }

    /** Publishes a valid course owned by {@code owner}, as that owner's import would (for access tests). */
    public static void publishAs(ApplicationContext context, String owner, Map<String, String> files) {
        var read = CourseReader.fromFiles(files);
        context.getBean(CourseVersions.class)
                .publish(files, read.course().orElseThrow(), read.contentHash().orElseThrow(), owner);
    }
}
