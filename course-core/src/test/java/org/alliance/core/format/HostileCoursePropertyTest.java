package org.alliance.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.alliance.core.FuzzBudget;
import org.alliance.core.validation.Problem;
import org.alliance.core.validation.ProblemCode;
import org.junit.jupiter.api.Test;

/**
 * Valid courses broken at random in the ways this format has been attacked or mangled: script links spelt
 * with character references, bytes that are not UTF-8, nesting thousands deep, levels off the scale, weights
 * below zero, a file twice in one zip, besides {@link Mutator}'s everyday damage. Read as an uploaded zip, every
 * case must come back as problems that say where and what, never as an exception (the reader's last guard
 * turns one into {@code unreadable}, which must never appear). {@link FuzzBudget} sets the number of cases.
 */
class HostileCoursePropertyTest {

    private static final List<String> HOSTILE_LINES = List.of(
            "  See [this](jav&#x61;script:alert(1)).",
            "  Then [go](&#106;avascript&colon;alert(document.cookie)) now.",
            "  <java\tscript:alert(1)>",
            "  ![x](data&#58;image/svg+xml,<svg onload=alert(1)>)",
            "  [n]: vbscript&#58;msgbox(1)",
            "  [x](ftp://example.org)",
            "    quiz: -1",
            "    vignette: 0",
            "    reflection: 2",
            "        9: Beyond the scale.",
            "        0: Below the scale.",
            "  scale: {min: 0, max: 2147483647}",
            "  scale: {min: 5, max: 1}",
            "extra: " + "[".repeat(5_000),
            "extra: " + "[".repeat(3_000) + "]".repeat(3_000),
            "extra: " + "{a: ".repeat(2_000),
            "- ".repeat(2_000) + "x",
            "> ".repeat(5_000) + "deep quote",
            "licence:",
            "  - ");
    private static final List<String> HOSTILE_NUMBERS =
            List.of("-1", "0", "-0.5", "2147483647", "-2147483648", "99999999999", "1e308", "6", ".nan");
    private static final byte[][] NOT_UTF8 = {
        {(byte) 0xE9},
        {(byte) 0xC3},
        {(byte) 0xFF, (byte) 0xFE},
        {(byte) 0xC0, (byte) 0xAF},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xF4, (byte) 0x90, 0x41}
    };

    private static final List<Map<String, String>> BASES = bases();

    private static List<Map<String, String>> bases() {
        List<Map<String, String>> bases = new ArrayList<>();
        bases.add(TestCourses.miniFiles());
        for (long s = 0; s < 5; s++) {
            bases.add(CourseWriter.write(RandomCourse.generate(s)));
        }
        return bases;
    }

    @Test
    void hostile_variants_of_valid_courses_read_as_problems_never_exceptions() {
        long start = FuzzBudget.seed("hostile courses", 20261211L);
        qt().withExamples(FuzzBudget.cases())
                .withFixedSeed(start)
                .forAll(longs().all())
                .checkAssert(seed -> {
                    Random rnd = new Random(seed);
                    Map<String, String> files = new TreeMap<>(BASES.get(rnd.nextInt(BASES.size())));
                    List<String> paths = new ArrayList<>(files.keySet());
                    for (int m = 0, n = 1 + rnd.nextInt(3); m < n; m++) {
                        String path = paths.get(rnd.nextInt(paths.size()));
                        files.put(path, breakText(files.get(path), rnd));
                    }
                    Map<String, byte[]> entries = new LinkedHashMap<>();
                    Set<String> notUtf8 = new TreeSet<>();
                    files.forEach((path, text) -> {
                        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                        if (rnd.nextInt(8) == 0) {
                            bytes = splice(
                                    bytes, NOT_UTF8[rnd.nextInt(NOT_UTF8.length)], rnd.nextInt(bytes.length + 1));
                            notUtf8.add(path);
                        }
                        entries.put("course/" + path, bytes);
                    });
                    boolean twice = rnd.nextInt(10) == 0;

                    ReadResult result = CourseReader.fromZip(new ByteArrayInputStream(
                            twice
                                    ? duplicated(entries, "course/" + paths.get(rnd.nextInt(paths.size())), rnd)
                                    : zip(entries)));

                    String label = "seed " + seed;
                    assertThat(result.problems()).as(label).noneMatch(p -> p.code() == ProblemCode.UNREADABLE);
                    assertThat(result.problems()).as(label).allSatisfy(p -> {
                        assertThat(p.message())
                                .isNotBlank()
                                .doesNotContain(": null")
                                .doesNotContainPattern("\\{\\w+}");
                        assertThat(p.hint()).isNotBlank();
                        assertThat(p.line()).isNotNegative();
                        assertThat(p.column()).isNotNegative();
                    });
                    if (twice) {
                        assertThat(result.problems())
                                .as(label)
                                .extracting(p -> p.code().key())
                                .containsOnly("duplicate-entry");
                    } else {
                        for (String path : notUtf8) {
                            assertThat(result.problems())
                                    .as(label + ", " + path + " is not UTF-8")
                                    .anySatisfy(p -> {
                                        assertThat(p.code()).isEqualTo(ProblemCode.ENCODING);
                                        assertThat(p.file()).isEqualTo(path);
                                        assertThat(p.line()).isPositive();
                                    });
                        }
                    }
                    if (result.course().isPresent()) {
                        assertThat(result.problems()).as(label).noneMatch(Problem::isError);
                    } else {
                        assertThat(result.problems()).as(label).anyMatch(Problem::isError);
                    }
                });
    }

    private static String breakText(String text, Random rnd) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int at = rnd.nextInt(lines.size());
        switch (rnd.nextInt(4)) {
            case 0 -> lines.add(at, HOSTILE_LINES.get(rnd.nextInt(HOSTILE_LINES.size())));
            case 1 -> {
                String line = lines.get(at);
                String number = HOSTILE_NUMBERS.get(rnd.nextInt(HOSTILE_NUMBERS.size()));
                lines.set(at, line.replaceFirst("(?<=: )-?\\d+(\\.\\d+)?", number));
            }
            case 2 -> lines.set(at, lines.get(at) + " [x](jav&#x61;script:alert(1))");
            default -> {
                return Mutator.mutate(text, rnd);
            }
        }
        return String.join("\n", lines);
    }

    private static byte[] splice(byte[] bytes, byte[] insert, int at) {
        byte[] out = new byte[bytes.length + insert.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(bytes, at, out, at + insert.length, bytes.length - at);
        return out;
    }

    private static byte[] zip(Map<String, byte[]> entries) {
        try {
            return ArchiveReadingTest.zip(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] duplicated(Map<String, byte[]> entries, String name, Random rnd) {
        try {
            byte[] other = rnd.nextBoolean() ? entries.get(name) : "id: other\n".getBytes(StandardCharsets.UTF_8);
            return ArchiveReadingTest.zipWithDuplicate(entries, name, other);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
