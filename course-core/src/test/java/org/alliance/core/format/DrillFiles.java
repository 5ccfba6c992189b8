package org.alliance.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/** The mini course's drill file, edited as an author would edit it, and where a line of it is. */
final class DrillFiles {

    static final String FILE = "drills/d1-name-the-strain.yaml";
    static final String PATH = "drills[d1-name-the-strain]";

    private DrillFiles() {}

    static String text() {
        return TestCourses.miniFiles().get(FILE);
    }

    /** The mini course with the drill file replaced by {@code change} applied to it (which must change it). */
    static ReadResult edited(UnaryOperator<String> change) {
        return withFile(FILE, change);
    }

    static ReadResult withFile(String path, UnaryOperator<String> change) {
        Map<String, String> files = new TreeMap<>(TestCourses.miniFiles());
        String changed = change.apply(files.get(path));
        assertThat(changed).as("the edit applies to " + path).isNotEqualTo(files.get(path));
        files.put(path, changed);
        return CourseReader.fromFiles(files);
    }

    /** The line number (from 1) of the first line of {@code text} containing {@code part}. */
    static int lineOf(String text, String part) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(part)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line contains " + part);
    }
}
