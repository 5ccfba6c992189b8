package org.alliance.web.gradebook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.alliance.core.grading.ActivityStatus;
import org.alliance.web.gradebook.Gradebook.Cell;
import org.alliance.web.gradebook.Gradebook.Column;
import org.alliance.web.gradebook.Gradebook.CsvLabels;
import org.alliance.web.gradebook.Gradebook.StudentRow;
import org.jspecify.annotations.Nullable;

/**
 * Writes the gradebook as CSV a chunk of students at a time: one page of names, their rows, written and
 * flushed, then the next page. Memory holds one chunk whatever the course's size, and the first rows reach the
 * reader before the last are read.
 */
final class GradebookExport {
    /** Students per round: large enough that the rounds' queries cost little, small enough to hold lightly. */
    static final int CHUNK = 500;

    /** A page of student names by name: (offset, limit). */
    interface Names {
        List<String> page(int offset, int limit);
    }

    private GradebookExport() {}

    /** Statements practised for a page of students: username to drill id to count, none absent. */
    interface Practised extends Function<List<String>, Map<String, Map<String, Integer>>> {}

    /** A gradebook of graded activities only. */
    static void write(
            OutputStream out,
            List<Column> columns,
            CsvLabels labels,
            Names names,
            Function<List<String>, List<StudentRow>> rows,
            int chunk) {
        write(out, columns, List.of(), labels, names, rows, page -> Map.of(), null, chunk);
    }

    /**
     * The graded activities' columns, then the course grade, then one column per drill: each student's statements
     * practised (0 when none). With {@code lmsIds} (a course some students reached through an LMS), the LMS's user id
     * of each student follows their name (empty for those who did not).
     */
    static void write(
            OutputStream out,
            List<Column> columns,
            List<Column> drills,
            CsvLabels labels,
            Names names,
            Function<List<String>, List<StudentRow>> rows,
            Practised practised,
            @Nullable Function<List<String>, Map<String, String>> lmsIds,
            int chunk) {
        try {
            var csv = new GradebookCsv.RowWriter(out);
            var header = new ArrayList<String>();
            header.add(labels.student());
            if (lmsIds != null) {
                header.add(labels.lmsUserId());
            }
            columns.forEach(c -> header.add(c.title()));
            header.add(labels.courseGrade());
            drills.forEach(d -> header.add(labels.drill().replace("{0}", d.title())));
            csv.row(header);
            for (int offset = 0; ; offset += chunk) {
                List<String> page = names.page(offset, chunk);
                var counts = drills.isEmpty() ? Map.<String, Map<String, Integer>>of() : practised.apply(page);
                var ids = lmsIds == null ? Map.<String, String>of() : lmsIds.apply(page);
                for (StudentRow row : rows.apply(page)) {
                    var line = line(row, columns, labels);
                    if (lmsIds != null) {
                        line.add(1, row.deleted() ? "" : ids.getOrDefault(row.username(), ""));
                    }
                    var mine = counts.getOrDefault(row.username(), Map.of());
                    drills.forEach(d -> line.add(String.valueOf(mine.getOrDefault(d.activityId(), 0))));
                    csv.row(line);
                }
                csv.flush();
                if (page.size() < chunk) {
                    return;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The gradebook export could not be written", e);
        }
    }

    private static List<String> line(StudentRow row, List<Column> columns, CsvLabels labels) {
        var line = new ArrayList<String>();
        line.add(row.deleted() ? labels.deleted() : row.username());
        for (Column c : columns) {
            Cell cell = row.cells().get(c.activityId());
            line.add(
                    switch (cell.status()) {
                        case ActivityStatus.Graded g -> Gradebook.percent(g.score());
                        case ActivityStatus.Excused e -> labels.excused();
                        case ActivityStatus.AwaitingGrade a -> labels.awaiting();
                        case ActivityStatus.NotDone n -> "";
                        case ActivityStatus.InProgress p -> "";
                        case ActivityStatus.Done d -> "";
                    });
        }
        line.add(row.courseGrade() == null ? "" : Gradebook.percent(row.courseGrade()));
        return line;
    }
}
