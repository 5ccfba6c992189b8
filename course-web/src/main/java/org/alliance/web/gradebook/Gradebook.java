package org.alliance.web.gradebook;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.alliance.core.grading.ActivityStatus;
import org.alliance.core.grading.ActivityStatusRule;
import org.alliance.core.grading.AttemptFact;
import org.alliance.core.model.Activity;
import org.alliance.core.model.ActivityKind;
import org.alliance.core.model.Course;
import org.alliance.core.model.Drill;
import org.alliance.web.assessment.QuizResults;
import org.alliance.web.catalog.CourseStaff;
import org.alliance.web.catalog.PublishedCourse;
import org.alliance.web.drill.DrillResults;
import org.alliance.web.vignette.VignetteResults;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Students × graded activities of a course its teachers may read: a page at a time, sorted and filtered, a
 * drill-down into one student's attempts, and a CSV export. Only a teacher of the course gets anything.
 */
@Service
public class Gradebook {
    /** Sort key of the student column; any other key is an activity id, or {@link #COURSE_GRADE}. */
    public static final String STUDENT = "student";

    public static final String COURSE_GRADE = "course-grade";

    private final CourseStaff staff;
    private final QuizResults quizzes;
    private final VignetteResults vignettes;
    private final DrillResults drills;
    private final List<LmsUserIds> lmsUserIds;

    Gradebook(
            CourseStaff staff,
            QuizResults quizzes,
            VignetteResults vignettes,
            DrillResults drills,
            List<LmsUserIds> lmsUserIds) {
        this.lmsUserIds = lmsUserIds;
        this.staff = staff;
        this.quizzes = quizzes;
        this.vignettes = vignettes;
        this.drills = drills;
    }

    /** A graded activity: one column (in the CSV, a drill is one too, as a completion figure). */
    public record Column(String activityId, String title, ActivityKind kind) {}

    /** A student's standing on one activity, by course-core's {@link ActivityStatusRule}. */
    public record Cell(ActivityStatus status) {

        /** The grade when graded, else null. */
        public @Nullable Double score() {
            var grade = status.grade();
            return grade.isPresent() ? grade.getAsDouble() : null;
        }
    }

    /** One row: a student, their grade per activity id and the course grade (empty when nothing weighs). */
    public record StudentRow(
            String username,
            boolean deleted,
            Map<String, Cell> cells,
            @Nullable Double courseGrade) {}

    public record Sort(String key, boolean descending) {}

    /**
     * One attempt in the drill-down, quizzes and vignettes together in the order they began; its status is the
     * activity status rule's reading of this one attempt.
     */
    public record AttemptLine(
            String activityId,
            String title,
            ActivityKind kind,
            Instant startedAt,
            @Nullable Instant finishedAt,
            ActivityStatus status) {

        /** The attempt's score when it has one that counts, else null. */
        public @Nullable Double score() {
            var grade = status.grade();
            return grade.isPresent() ? grade.getAsDouble() : null;
        }
    }

    /**
     * The words the CSV needs, in the reader's language.
     *
     * @param drill a drill column's header, with {@code {0}} where the drill's title goes
     */
    public record CsvLabels(
            String student,
            String courseGrade,
            String excused,
            String awaiting,
            String deleted,
            String drill,
            String lmsUserId) {

        public CsvLabels(
                String student, String courseGrade, String excused, String awaiting, String deleted, String drill) {
            this(student, courseGrade, excused, awaiting, deleted, drill, "LMS user id");
        }
    }

    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public List<Column> columns(String courseId) {
        return columns(taught(courseId).course());
    }

    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public int count(String courseId, String filter) {
        taught(courseId);
        return staff.countStudents(courseId, filter);
    }

    /**
     * A page of rows. Sorting by student pages the names in SQL and loads only that page's attempts; sorting
     * by a grade needs every filtered student's grade first, because grades follow each activity's grading
     * method and the course weights (course-core rules), which SQL cannot order by.
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public List<StudentRow> page(String courseId, String filter, List<Sort> sorts, int offset, int limit) {
        Course course = taught(courseId).course();
        Sort sort = sorts.isEmpty() ? new Sort(STUDENT, false) : sorts.getFirst();
        if (sort.key().equals(STUDENT)) {
            return rows(courseId, course, staff.students(courseId, filter, sort.descending(), offset, limit));
        }
        List<String> names = students(courseId, filter);
        Comparator<StudentRow> byGrade = Comparator.comparing(
                r -> grade(r, sort.key()), Comparator.nullsFirst(Comparator.<Double>naturalOrder()));
        var sorted = new ArrayList<>(rows(courseId, course, names));
        sorted.sort(sort.descending() ? byGrade.reversed() : byGrade);
        return slice(sorted, offset, limit);
    }

    /** One student's attempts at the course's quizzes and vignettes, with scores and dates. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public List<AttemptLine> attempts(String courseId, String username) {
        Course course = taught(courseId).course();
        if (!staff.students(courseId).contains(username)) {
            throw new GradebookException("gradebook.no-such-student");
        }
        var lines = new ArrayList<AttemptLine>();
        for (var q : quizzes.attemptsOf(courseId, username)) {
            lines.add(line(course, q.quizId(), ActivityKind.QUIZ, q.startedAt(), q.submittedAt(), q.fact()));
        }
        for (var v : vignettes.attemptsOf(courseId, username)) {
            lines.add(line(course, v.vignetteId(), ActivityKind.VIGNETTE, v.startedAt(), v.finishedAt(), v.fact()));
        }
        lines.sort(Comparator.comparing(AttemptLine::startedAt));
        return lines;
    }

    /**
     * The filtered gradebook as CSV (UTF-8 with a byte-order mark), grades in percent, written to {@code out} a
     * chunk of students at a time ({@link GradebookExport}): the whole gradebook is never held in memory. After
     * the graded activities, one column per drill gives each student's statements practised: completion, not a
     * grade, so it never enters the course grade (nor the on-screen gradebook, which shows grades only).
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public void csv(String courseId, String filter, CsvLabels labels, OutputStream out) {
        export(courseId, filter, labels, out, GradebookExport.CHUNK);
    }

    /** The same CSV in memory, for a small course or a test. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    @Transactional(readOnly = true)
    public byte[] csv(String courseId, String filter, CsvLabels labels) {
        var out = new ByteArrayOutputStream();
        export(courseId, filter, labels, out, GradebookExport.CHUNK);
        return out.toByteArray();
    }

    /** The export with another chunk size: tests show the output does not depend on it. */
    void export(String courseId, String filter, CsvLabels labels, OutputStream out, int chunk) {
        Course course = taught(courseId).course();
        List<Column> drillColumns = drillColumns(course);
        GradebookExport.write(
                out,
                columns(course),
                drillColumns,
                labels,
                (offset, limit) -> staff.students(courseId, filter, false, offset, limit),
                names -> rows(courseId, course, names),
                // One query per chunk of students (none for a course without drills).
                names -> drills.statementsPractised(courseId, names),
                lmsUserIds.stream().anyMatch(ids -> ids.any(courseId)) ? names -> lmsIds(names) : null,
                chunk);
    }

    private java.util.Map<String, String> lmsIds(List<String> names) {
        var out = new java.util.HashMap<String, String>();
        lmsUserIds.forEach(ids -> out.putAll(ids.of(names)));
        return out;
    }

    /** A fraction as a percentage with at most one decimal, the same in every locale. */
    public static String percent(@Nullable Double fraction) {
        if (fraction == null) {
            return "";
        }
        double value = Math.round(fraction * 1000) / 10.0;
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private PublishedCourse taught(String courseId) {
        return staff.taught(courseId).orElseThrow(() -> new GradebookException("gradebook.not-found"));
    }

    private static List<Column> columns(Course course) {
        return graded(course).stream()
                .map(a -> new Column(a.id(), a.title(), a.kind()))
                .toList();
    }

    /** The course's drills, as the CSV's completion columns, in the course's order. */
    static List<Column> drillColumns(Course course) {
        return course.activities().stream()
                .filter(Drill.class::isInstance)
                .map(a -> new Column(a.id(), a.title(), a.kind()))
                .toList();
    }

    /** The activities the gradebook has a column for: quizzes, then vignettes. */
    static List<Activity> graded(Course course) {
        var graded = new ArrayList<Activity>(course.quizzes());
        graded.addAll(course.vignettes());
        return graded;
    }

    /** One attempt read on its own by the activity status rule. */
    private static AttemptLine line(
            Course course,
            String activityId,
            ActivityKind kind,
            Instant startedAt,
            @Nullable Instant finishedAt,
            AttemptFact fact) {
        return new AttemptLine(
                activityId,
                title(course, activityId),
                kind,
                startedAt,
                finishedAt,
                ActivityStatusRule.ofAttempt(kind, fact));
    }

    /** Every enrolled student whose name contains the filter (case-insensitive), by name. */
    private List<String> students(String courseId, String filter) {
        return staff.students(courseId, filter, false, 0, Integer.MAX_VALUE);
    }

    private List<StudentRow> rows(String courseId, Course course, List<String> names) {
        var quizRecords = quizzes.attempts(courseId, names).stream()
                .collect(Collectors.groupingBy(QuizResults.QuizRecord::username));
        var vignetteRecords = vignettes.attempts(courseId, names).stream()
                .collect(Collectors.groupingBy(VignetteResults.VignetteRecord::username));
        return names.stream()
                .map(name -> Grades.of(
                        course,
                        name,
                        quizRecords.getOrDefault(name, List.of()),
                        vignetteRecords.getOrDefault(name, List.of())))
                .toList();
    }

    private static @Nullable Double grade(StudentRow row, String key) {
        if (key.equals(COURSE_GRADE)) {
            return row.courseGrade();
        }
        Cell cell = row.cells().get(key);
        return cell == null ? null : cell.score();
    }

    private static String title(Course course, String activityId) {
        return course.activity(activityId).map(Activity::title).orElse(activityId);
    }

    private static <T> List<T> slice(List<T> list, int offset, int limit) {
        int from = Math.min(offset, list.size());
        return List.copyOf(list.subList(from, Math.min(list.size(), from + Math.max(0, limit))));
    }
}
