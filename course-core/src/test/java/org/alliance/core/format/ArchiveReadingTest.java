package org.alliance.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Zip import: the same course as the folder, and every hostile archive a problem, never an exception. */
class ArchiveReadingTest {

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /**
     * A zip holding {@code entries} and a second entry named {@code duplicate}. ZipOutputStream refuses a name
     * twice, so the second copy is written under a placeholder of the same length, renamed in the bytes.
     */
    static byte[] zipWithDuplicate(Map<String, byte[]> entries, String duplicate, byte[] secondCopy)
            throws IOException {
        String placeholder = duplicate.substring(0, duplicate.length() - 1) + "\u0001";
        Map<String, byte[]> all = new LinkedHashMap<>(entries);
        all.put(placeholder, secondCopy);
        byte[] zip = zip(all);
        byte[] from = placeholder.getBytes(StandardCharsets.UTF_8);
        byte[] to = duplicate.getBytes(StandardCharsets.UTF_8);
        int renamed = 0;
        for (int i = 0; i + from.length <= zip.length; i++) {
            if (Arrays.equals(zip, i, i + from.length, from, 0, from.length)) {
                System.arraycopy(to, 0, zip, i, to.length);
                renamed++;
            }
        }
        assertThat(renamed).as("local header and central directory").isEqualTo(2);
        return zip;
    }

    private static Map<String, byte[]> miniUnder(String root) {
        Map<String, byte[]> entries = new HashMap<>();
        TestCourses.miniFiles()
                .forEach((path, text) -> entries.put(root + path, text.getBytes(StandardCharsets.UTF_8)));
        return entries;
    }

    private static ReadResult read(Map<String, byte[]> entries, Limits limits) throws IOException {
        return CourseReader.fromZip(new ByteArrayInputStream(zip(entries)), limits);
    }

    private static String codes(ReadResult result) {
        return result.problems().stream().map(p -> p.code().key()).toList().toString();
    }

    @Test
    void a_zip_with_the_course_in_a_folder_reads_like_the_folder() throws IOException {
        ReadResult fromZip = read(miniUnder("export/mini-course/"), Limits.DEFAULT);
        ReadResult fromFolder = CourseReader.fromFolder(TestCourses.mini());

        assertThat(TestCourses.unaccepted(fromZip.problems())).isEmpty();
        assertThat(fromZip.contentHash()).isEqualTo(fromFolder.contentHash()).isPresent();
    }

    @Test
    void entries_outside_the_course_root_are_ignored() throws IOException {
        Map<String, byte[]> entries = miniUnder("mini-course/");
        entries.put("other/notes.txt", "not ours".getBytes(StandardCharsets.UTF_8));

        assertThat(TestCourses.unaccepted(read(entries, Limits.DEFAULT).problems()))
                .isEmpty();
    }

    @Test
    void path_traversal_and_absolute_entries_are_refused() throws IOException {
        Map<String, byte[]> entries = miniUnder("");
        entries.put("../evil.yaml", new byte[] {1});
        entries.put("/etc/passwd", new byte[] {1});
        entries.put("lessons/../../x.md", new byte[] {1});

        ReadResult result = read(entries, Limits.DEFAULT);

        assertThat(result.problems())
                .filteredOn(p -> p.code().key().equals("path-traversal"))
                .hasSize(3);
        assertThat(result.course()).isEmpty();
    }

    @Test
    void an_entry_over_the_size_limit_is_refused_without_inflating_it_all() throws IOException {
        Map<String, byte[]> entries = miniUnder("");
        entries.put("lessons/bomb.md", new byte[50 * 1024 * 1024]); // zeros compress about 1000:1

        ReadResult result = read(entries, Limits.DEFAULT);

        assertThat(codes(result)).contains("file-too-large");
        assertThat(result.course()).isEmpty();
    }

    @Test
    void an_archive_over_the_total_limit_is_refused() throws IOException {
        Map<String, byte[]> entries = miniUnder("");
        for (int i = 0; i < 5; i++) {
            entries.put("extra/f" + i + ".txt", new byte[1000]);
        }

        ReadResult result = read(entries, new Limits(2000, 8000, 2000));

        assertThat(codes(result)).contains("archive-too-large");
    }

    @Test
    void an_archive_with_too_many_entries_is_refused() throws IOException {
        Map<String, byte[]> entries = miniUnder("");
        for (int i = 0; i < 30; i++) {
            entries.put("extra/f" + i + ".txt", new byte[1]);
        }

        assertThat(codes(read(entries, new Limits(1 << 20, 1 << 24, 20)))).contains("too-many-entries");
    }

    @Test
    void two_entries_with_the_same_name_are_refused_naming_the_entry() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>(miniUnder("course/"));
        byte[] otherCopy = "id: q1-alliance\ntitle: Another quiz\nitems: []\n".getBytes(StandardCharsets.UTF_8);

        ReadResult result = CourseReader.fromZip(
                new ByteArrayInputStream(zipWithDuplicate(entries, "course/quizzes/q1-alliance.yaml", otherCopy)));

        assertThat(result.course()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.code().key()).isEqualTo("duplicate-entry");
            assertThat(p.isError()).isTrue();
            assertThat(p.file()).isEqualTo("archive");
            assertThat(p.params()).containsEntry("entry", "course/quizzes/q1-alliance.yaml");
            assertThat(p.message())
                    .isEqualTo("The archive holds 'course/quizzes/q1-alliance.yaml' twice, "
                            + "so which copy belongs to the course cannot be told.");
            assertThat(p.hint()).startsWith("Make the archive again from the course folder");
        });
    }

    @Test
    void entries_that_name_one_file_in_two_spellings_are_duplicates_too() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>(miniUnder(""));
        entries.put("./course.yaml", entries.get("course.yaml"));

        assertThat(codes(read(entries, Limits.DEFAULT))).isEqualTo("[duplicate-entry]");
    }

    @Test
    void garbage_instead_of_a_zip_gives_problems_not_exceptions() {
        byte[] garbage = "PK\u0003\u0004 this is not really a zip".getBytes(StandardCharsets.ISO_8859_1);

        ReadResult result = CourseReader.fromZip(new ByteArrayInputStream(garbage));

        assertThat(result.course()).isEmpty();
        assertThat(result.problems()).isNotEmpty();
    }

    @Test
    void two_courses_in_one_archive_are_reported() throws IOException {
        Map<String, byte[]> entries = miniUnder("a/");
        entries.putAll(miniUnder("b/"));

        assertThat(codes(read(entries, Limits.DEFAULT))).contains("several-courses");
    }

    @Test
    void a_file_that_is_not_utf8_is_reported_at_the_line_and_column_of_the_bad_bytes(@TempDir Path dir)
            throws IOException {
        for (Map.Entry<String, String> e : TestCourses.miniFiles().entrySet()) {
            Path p = dir.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue());
        }
        // "Café" saved as Latin-1 on line 3: é is the single byte 0xE9, which UTF-8 never allows alone.
        String reflection = "id: r1-alliances\ntitle: Alliances you know\nprompt: Think of a caf\u00e9 "
                + "conversation where goals were shared.\n";
        Files.write(dir.resolve("reflections/r1-alliances.yaml"), reflection.getBytes(StandardCharsets.ISO_8859_1));

        ReadResult result = CourseReader.fromFolder(dir);

        assertThat(result.course()).isEmpty();
        assertThat(result.problems())
                .filteredOn(p -> p.code().key().equals("encoding"))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.file()).isEqualTo("reflections/r1-alliances.yaml");
                    assertThat(p.line()).isEqualTo(3);
                    assertThat(p.column()).isEqualTo(23);
                    assertThat(p.message())
                            .isEqualTo("Line 3 is not UTF-8 text: at column 23, 0xE9 cannot be read as UTF-8.");
                    assertThat(p.hint()).startsWith("Save the file as UTF-8").endsWith("these bytes are '\u00e9'.");
                });
    }

    @Test
    void a_broken_multibyte_character_in_an_archive_is_located_after_earlier_multibyte_text() throws IOException {
        Map<String, byte[]> entries = miniUnder("course/");
        byte[] good = "---\nid: l1-alliance\n# \u00c4rger \u2014 \u201cfine\u201d ".getBytes(StandardCharsets.UTF_8);
        byte[] lesson = Arrays.copyOf(good, good.length + 2);
        lesson[good.length] = (byte) 0xC3; // a two-byte lead followed by '(' instead of a continuation byte
        lesson[good.length + 1] = '(';
        entries.put("course/lessons/l1-alliance.md", lesson);

        ReadResult result = read(entries, Limits.DEFAULT);

        assertThat(result.problems())
                .filteredOn(p -> p.code().key().equals("encoding"))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.file()).isEqualTo("lessons/l1-alliance.md");
                    assertThat(p.line()).isEqualTo(3);
                    assertThat(p.column())
                            .as("counted in characters, not bytes")
                            .isEqualTo(18);
                    assertThat(p.params()).containsEntry("bytes", "0xC3");
                });
    }

    @Test
    void in_memory_files_with_climbing_paths_are_refused() {
        Map<String, String> files = new HashMap<>(TestCourses.miniFiles());
        files.put("../outside.yaml", "id: x");

        assertThat(codes(CourseReader.fromFiles(files))).contains("path-traversal");
    }

    @Test
    void a_missing_folder_is_a_problem() {
        ReadResult result = CourseReader.fromFolder(Path.of("does/not/exist"));

        assertThat(result.course()).isEmpty();
        assertThat(codes(result)).contains("missing-file");
    }
}
