package org.alliance.web.gradebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.alliance.core.model.ActivityKind;
import org.alliance.web.gradebook.Gradebook.CsvLabels;
import org.alliance.web.gradebook.Gradebook.StudentRow;
import org.junit.jupiter.api.Test;

/** The export streams: rows reach the output a chunk at a time, and the file is the one built all at once. */
class GradebookExportTest {
    private static final CsvLabels LABELS =
            new CsvLabels("Student", "Course grade", "excused", "awaiting", "Deleted", "{0} (drill)");

    /** Counts the lines that have reached it (the export's own buffer does not count). */
    private static final class LineCounter extends ByteArrayOutputStream {
        long lines() {
            byte[] bytes = toByteArray();
            return IntStream.range(0, bytes.length)
                    .filter(i -> bytes[i] == '\n')
                    .count();
        }
    }

    private static List<String> names(int students) {
        return IntStream.rangeClosed(1, students)
                .mapToObj(n -> String.format("s%05d", n))
                .toList();
    }

    private static StudentRow row(String name) {
        return new StudentRow(name, false, Map.of(), (name.hashCode() % 100) / 100.0);
    }

    @Test
    void at_most_one_chunk_of_rows_is_held_whatever_the_number_of_students() {
        for (int students : List.of(1_000, 10_000)) {
            var all = names(students);
            var out = new LineCounter();
            long[] built = {0};
            long[] mostHeld = {0};
            GradebookExport.write(
                    out,
                    List.of(),
                    LABELS,
                    (offset, limit) -> all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + limit)),
                    page -> {
                        // Every row built so far has reached the output before the next page is read.
                        long written = Math.max(0, out.lines() - 1);
                        mostHeld[0] = Math.max(mostHeld[0], built[0] - written);
                        built[0] += page.size();
                        return page.stream().map(GradebookExportTest::row).toList();
                    },
                    100);
            assertThat(built[0]).isEqualTo(students);
            assertThat(mostHeld[0])
                    .as("rows built but not yet written, %d students", students)
                    .isZero();
            assertThat(out.lines()).isEqualTo(students + 1);
        }
    }

    @Test
    void the_streamed_file_is_the_file_built_in_memory() {
        var all = names(1_234);
        var out = new ByteArrayOutputStream();
        GradebookExport.write(
                out,
                List.of(),
                LABELS,
                (offset, limit) -> all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + limit)),
                page -> page.stream().map(GradebookExportTest::row).toList(),
                100);

        var lines = new ArrayList<List<String>>();
        lines.add(List.of("Student", "Course grade"));
        all.forEach(n -> lines.add(List.of(n, Gradebook.percent(row(n).courseGrade()))));
        assertThat(out.toByteArray()).isEqualTo(GradebookCsv.write(lines));
    }

    @Test
    void each_drill_adds_a_column_of_statements_practised_after_the_grades_zero_when_none() {
        var all = names(5);
        var out = new ByteArrayOutputStream();
        List<List<String>> asked = new ArrayList<>();
        var drills = List.of(
                new Gradebook.Column("d1", "Naming the process", ActivityKind.DRILL),
                new Gradebook.Column("d2", "Staying, with a pause", ActivityKind.DRILL));
        GradebookExport.write(
                out,
                List.of(),
                drills,
                LABELS,
                (offset, limit) -> all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + limit)),
                page -> page.stream().map(GradebookExportTest::row).toList(),
                page -> {
                    asked.add(page);
                    return Map.of("s00002", Map.of("d1", 3), "s00004", Map.of("d1", 1, "d2", 7));
                },
                null,
                2);

        var lines = new ArrayList<List<String>>();
        lines.add(List.of("Student", "Course grade", "Naming the process (drill)", "Staying, with a pause (drill)"));
        for (String n : all) {
            String grade = Gradebook.percent(row(n).courseGrade());
            lines.add(
                    switch (n) {
                        case "s00002" -> List.of(n, grade, "3", "0");
                        case "s00004" -> List.of(n, grade, "1", "7");
                        default -> List.of(n, grade, "0", "0");
                    });
        }
        assertThat(out.toByteArray()).isEqualTo(GradebookCsv.write(lines));
        assertThat(asked)
                .as("one call per chunk of students, never one per student")
                .containsExactly(all.subList(0, 2), all.subList(2, 4), all.subList(4, 5));
    }

    @Test
    void with_lms_ids_each_student_s_lms_user_id_follows_their_name_empty_for_those_without() {
        var all = names(3);
        var out = new ByteArrayOutputStream();
        GradebookExport.write(
                out,
                List.of(),
                List.of(),
                LABELS,
                (offset, limit) -> all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + limit)),
                page -> page.stream().map(GradebookExportTest::row).toList(),
                page -> Map.of(),
                page -> page.contains("s00002") ? Map.of("s00002", "lms-7f3a") : Map.of(),
                2);

        var lines = new ArrayList<List<String>>();
        lines.add(List.of("Student", "LMS user id", "Course grade"));
        for (String n : all) {
            lines.add(List.of(n, n.equals("s00002") ? "lms-7f3a" : "", Gradebook.percent(row(n).courseGrade())));
        }
        assertThat(out.toByteArray()).isEqualTo(GradebookCsv.write(lines));
    }
}
