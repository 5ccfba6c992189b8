package org.alliance.core.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.alliance.core.validation.Problem;

/** Loads the test courses under src/test/resources. */
final class TestCourses {

    private TestCourses() {}

    static Path folder(String name) {
        try {
            return Path.of(TestCourses.class.getResource("/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Problems other than accepted audit warnings: the mini course accepts one (its first lesson is
     * a tour of item types, not a balanced assessment), and says why.
     */
    static List<Problem> unaccepted(List<Problem> problems) {
        return problems.stream().filter(p -> !p.isAccepted()).toList();
    }

    static Path mini() {
        return folder("valid/mini-course");
    }

    /** The mini course as path-to-text, as the editor would hold it. */
    static Map<String, String> miniFiles() {
        return files(mini());
    }

    static Map<String, String> files(Path root) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(p -> {
                try {
                    files.put(root.relativize(p).toString().replace('\\', '/'), Files.readString(p));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
