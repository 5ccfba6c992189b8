package org.alliance.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.alliance.core.FuzzBudget;
import org.alliance.core.validation.Problem;
import org.alliance.core.validation.ProblemCode;
import org.alliance.core.validation.Validator;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the reader and the validator: valid courses mutated at random, and files (or whole archives) replaced by
 * random text and bytes. Whatever comes in, the answer is a list of problems that say what and where; neither the
 * reader (whose last guard would report {@code unreadable}) nor the validator run on what it read may throw.
 * {@link FuzzBudget} sets the number of cases and prints the seed.
 */
class ContentFuzzTest {

    /** Fragments that steer random text towards the shapes the reader parses: YAML, Markdown, links, ids. */
    private static final List<String> TOKENS = List.of(
            "id: ",
            "title: ",
            "type: ",
            "items:\n",
            "lessons:\n",
            "- ",
            "  ",
            "\n",
            ": ",
            "---\n",
            "# ",
            "[x](",
            ")",
            "[[",
            "]]",
            "{",
            "}",
            "[",
            "]",
            "&a ",
            "*a",
            "!!str ",
            "|\n",
            ">\n",
            "\"",
            "'",
            "#",
            "\t",
            "1",
            "-1",
            "0.5",
            "1e999",
            "~",
            "null",
            "true",
            "single-choice",
            "ordering",
            "matching",
            "short-text",
            "options:\n",
            "correct: ",
            "credit: ",
            "scale: ",
            "<script>",
            "&#x61;",
            "\uFEFF",
            "\u0000",
            "\uD800",
            "é",
            "🦀");

    private static final List<Map<String, String>> BASES = bases();

    private static List<Map<String, String>> bases() {
        List<Map<String, String>> bases = new ArrayList<>();
        bases.add(TestCourses.miniFiles());
        for (long s = 0; s < 8; s++) {
            bases.add(CourseWriter.write(RandomCourse.generate(s)));
        }
        return bases;
    }

    @Test
    void mutated_valid_courses_read_and_validate_as_problems_never_exceptions() {
        forEachCase("mutated courses", 20261206L, (caseSeed, rnd, files, paths) -> {
            for (int m = 0, n = 1 + rnd.nextInt(4); m < n; m++) {
                String path = paths.get(rnd.nextInt(paths.size()));
                files.put(path, Mutator.mutate(files.get(path), rnd));
            }
            check(CourseReader.fromFiles(files), "case " + caseSeed);
        });
    }

    @Test
    void random_text_in_place_of_course_files_reads_as_problems_never_exceptions() {
        forEachCase("random text", 20261207L, (caseSeed, rnd, files, paths) -> {
            for (int m = 0, n = 1 + rnd.nextInt(3); m < n; m++) {
                files.put(paths.get(rnd.nextInt(paths.size())), randomText(rnd));
            }
            if (rnd.nextInt(4) == 0) {
                files.put(randomPath(rnd), randomText(rnd));
            }
            String label = "case " + caseSeed;
            check(CourseReader.fromFiles(files), label);
            check(CourseReader.fromZip(new ByteArrayInputStream(zip(files, rnd))), label + " (zip)");
        });
    }

    /** One fuzz case: its seed, a generator seeded with it, a copy of one base course's files and their paths. */
    private interface FuzzCase {
        void check(long caseSeed, Random rnd, Map<String, String> files, List<String> paths);
    }

    /** Runs the case for as many seeded cases as the budget allows, each on a fresh copy of a random base course. */
    private static void forEachCase(String name, long defaultSeed, FuzzCase fuzzCase) {
        qt().withExamples(FuzzBudget.cases())
                .withFixedSeed(FuzzBudget.seed(name, defaultSeed))
                .forAll(longs().all())
                .checkAssert(caseSeed -> {
                    Random rnd = new Random(caseSeed);
                    Map<String, String> files = pick(rnd);
                    fuzzCase.check(caseSeed, rnd, files, new ArrayList<>(files.keySet()));
                });
    }

    private static Map<String, String> pick(Random rnd) {
        return new TreeMap<>(BASES.get(rnd.nextInt(BASES.size())));
    }

    private static String randomText(Random rnd) {
        StringBuilder text = new StringBuilder();
        for (int i = 0, n = rnd.nextInt(200); i < n; i++) {
            switch (rnd.nextInt(3)) {
                case 0 -> text.append(TOKENS.get(rnd.nextInt(TOKENS.size())));
                case 1 -> text.append((char) (' ' + rnd.nextInt(95)));
                default -> text.appendCodePoint(rnd.nextInt(0x10FFFF));
            }
        }
        return text.toString();
    }

    private static String randomPath(Random rnd) {
        List<String> names = List.of("course.yaml", "lessons/x/lesson.md", "../up.yaml", "a//b.md", "quiz.yaml", " ");
        return names.get(rnd.nextInt(names.size()));
    }

    /** The files as a zip, now and then with bytes overwritten or the archive cut short. */
    private static byte[] zip(Map<String, String> files, Random rnd) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        files.forEach((path, text) -> entries.put("course/" + path, text.getBytes(StandardCharsets.UTF_8)));
        try {
            byte[] zip = ArchiveReadingTest.zip(entries);
            return rnd.nextBoolean() ? zip : Mutator.mutate(zip, rnd);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void check(ReadResult result, String label) {
        assertThat(result.problems()).as(label).noneMatch(p -> p.code() == ProblemCode.UNREADABLE);
        assertThat(result.problems()).as(label).allSatisfy(p -> {
            assertThat(p.message()).isNotBlank();
            assertThat(p.hint()).isNotBlank();
            assertThat(p.line()).isNotNegative();
            assertThat(p.column()).isNotNegative();
        });
        result.course()
                .ifPresentOrElse(
                        course -> {
                            assertThat(result.problems()).as(label).noneMatch(Problem::isError);
                            assertThat(Validator.validate(course)).as(label).noneMatch(Problem::isError);
                        },
                        () -> assertThat(result.problems()).as(label).anyMatch(Problem::isError));
    }
}
