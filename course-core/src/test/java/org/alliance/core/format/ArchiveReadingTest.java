package org.alliance.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Zip import: the same course as the folder, and every hostile archive a problem, never an exception. */
class ArchiveReadingTest {

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
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

    private static Map<String, byte[]> miniUnder(String root) {
        Map<String, byte[]> entries = new HashMap<>();
        TestCourses.miniFiles().forEach((path, text) -> entries.put(root + path, text.getBytes(StandardCharsets.UTF_8)));
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

        assertThat(TestCourses.unaccepted(read(entries, Limits.DEFAULT).problems())).isEmpty();
    }

    @Test
    void path_traversal_and_absolute_entries_are_refused() throws IOException {
        Map<String, byte[]> entries = miniUnder("");
        entries.put("../evil.yaml", new byte[] {1});
        entries.put("/etc/passwd", new byte[] {1});
        entries.put("lessons/../../x.md", new byte[] {1});

        ReadResult result = read(entries, Limits.DEFAULT);

        assertThat(result.problems()).filteredOn(p -> p.code().key().equals("path-traversal")).hasSize(3);
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
    void a_file_that_is_not_utf8_is_reported(@TempDir Path dir) throws IOException {
        for (Map.Entry<String, String> e : TestCourses.miniFiles().entrySet()) {
            Path p = dir.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue());
        }
        Files.write(dir.resolve("reflections/r1-alliances.yaml"), new byte[] {(byte) 0xC3, (byte) 0x28, 'a'});

        ReadResult result = CourseReader.fromFolder(dir);

        assertThat(result.problems()).anySatisfy(p -> {
            assertThat(p.code().key()).isEqualTo("encoding");
            assertThat(p.file()).isEqualTo("reflections/r1-alliances.yaml");
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
