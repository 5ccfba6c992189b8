package org.alliance.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.alliance.core.validation.Problem;
import org.alliance.core.validation.ProblemCode;
import org.alliance.core.validation.Validator;
import org.junit.jupiter.api.Test;

/**
 * Thousands of randomly broken variants of valid content, seeded so a failure can be replayed:
 * the reader must answer with problems only, never an exception, and any course it still
 * produces must be valid.
 */
class MutationTest {

    private static final long SEED = 20261126L;

    @Test
    void mutated_files_give_problems_never_exceptions() {
        Random rnd = new Random(SEED);
        List<Map<String, String>> bases = new ArrayList<>();
        bases.add(TestCourses.miniFiles());
        for (long s = 0; s < 20; s++) {
            bases.add(CourseWriter.write(RandomCourse.generate(s)));
        }
        int withCourse = 0;
        for (int round = 0; round < 4000; round++) {
            Map<String, String> files = new TreeMap<>(bases.get(rnd.nextInt(bases.size())));
            List<String> paths = new ArrayList<>(files.keySet());
            for (int m = 0, n = 1 + rnd.nextInt(3); m < n; m++) {
                String path = paths.get(rnd.nextInt(paths.size()));
                files.put(path, Mutator.mutate(files.get(path), rnd));
            }
            ReadResult result = CourseReader.fromFiles(files);
            check(result, "round " + round);
            if (result.course().isPresent()) {
                withCourse++;
            }
        }
        // Some mutations are harmless (a duplicated blank line, a swapped pair of keys); most are not.
        assertThat(withCourse).isBetween(1, 3999);
    }

    @Test
    void mutated_archives_give_problems_never_exceptions() throws IOException {
        byte[] zip = zip(TestCourses.miniFiles());
        Random rnd = new Random(SEED);
        for (int round = 0; round < 500; round++) {
            check(CourseReader.fromZip(new ByteArrayInputStream(Mutator.mutate(zip, rnd))), "zip round " + round);
        }
    }

    private static void check(ReadResult result, String label) {
        assertThat(result.problems()).as(label).noneMatch(p -> p.code() == ProblemCode.UNREADABLE);
        assertThat(result.problems()).as(label).allSatisfy(p -> {
            assertThat(p.message()).isNotBlank();
            assertThat(p.hint()).isNotBlank();
            assertThat(p.line()).isNotNegative();
        });
        result.course().ifPresent(course -> {
            assertThat(result.problems()).as(label).noneMatch(Problem::isError);
            assertThat(Validator.validate(course)).as(label).noneMatch(Problem::isError);
            assertThat(CourseReader.fromFiles(CourseWriter.write(course)).contentHash())
                    .as(label)
                    .contains(ContentHash.of(course));
        });
        if (result.course().isEmpty()) {
            assertThat(result.problems()).as(label).anyMatch(Problem::isError);
        }
    }

    private static byte[] zip(Map<String, String> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> e : files.entrySet()) {
                zip.putNextEntry(new ZipEntry("course/" + e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
