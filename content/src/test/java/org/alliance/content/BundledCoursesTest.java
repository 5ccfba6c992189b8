package org.alliance.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.alliance.core.audit.AuditReport;
import org.alliance.core.audit.AuditSummary;
import org.alliance.core.format.CourseReader;
import org.alliance.core.format.ReadResult;
import org.alliance.core.model.Course;
import org.alliance.core.validation.Problem;
import org.alliance.core.validation.ProblemCode;
import org.alliance.core.validation.Validator;
import org.junit.jupiter.api.Test;

/**
 * The content build's gate: every course under courses/ must read without errors (the assessment
 * audit's included), and concept ids must mean the same across courses. Prints one summary line per
 * course, then its audit figures, one per line ({@code <course> <figure> <value>}); audit warnings are
 * printed but do not fail the build.
 */
class BundledCoursesTest {

    private static final Path COURSES = Path.of("courses");

    @Test
    void every_bundled_course_reads_without_errors() throws IOException {
        List<Path> folders = courseFolders();
        if (folders.isEmpty()) {
            System.out.println("No course folders found under " + COURSES.toAbsolutePath() + "; nothing to check.");
            return;
        }
        List<String> failures = new ArrayList<>();
        for (Path folder : folders) {
            ReadResult result = CourseReader.fromFolder(folder);
            String name = folder.getFileName().toString();
            result.problems().stream()
                    .filter(p -> !p.isError())
                    .forEach(p -> System.out.println("warning " + name + "/" + p));
            result.errors().forEach(p -> failures.add(name + "/" + p));
            result.course()
                    .filter(c -> !c.id().equals(name))
                    .ifPresent(c -> failures.add(name + "/course.yaml:1:1: file-name-mismatch: the course id '" + c.id()
                            + "' differs from its folder name (rename the folder or change the id)"));
            System.out.println(summary(name, result));
            result.course().ifPresent(c -> AuditReport.lines(AuditSummary.of(c)).forEach(System.out::println));
        }
        assertThat(failures)
                .as("content errors, as file:line:column: code: message (hint)")
                .isEmpty();
    }

    @Test
    void a_concept_id_names_the_same_concept_in_every_course() throws IOException {
        List<Course> courses = courseFolders().stream()
                .map(CourseReader::fromFolder)
                .flatMap(r -> r.course().stream())
                .toList();
        List<Problem> across = Validator.validateAll(courses);
        across.forEach(p -> System.out.println("cross-course " + p));
        assertThat(across)
                .filteredOn(p -> p.code() == ProblemCode.CONCEPT_TERM_CONFLICT)
                .as("concept ids given different terms by different courses")
                .isEmpty();
    }

    private static List<Path> courseFolders() throws IOException {
        if (!Files.isDirectory(COURSES)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(COURSES)) {
            return children.filter(p -> Files.isRegularFile(p.resolve("course.yaml")))
                    .sorted()
                    .toList();
        }
    }

    private static String summary(String name, ReadResult result) {
        long errors = result.errors().size();
        long warnings = result.warnings().size();
        if (result.course().isEmpty()) {
            return String.format("%s: %d errors, %d warnings", name, errors, warnings);
        }
        Course c = result.course().get();
        Map<String, Long> items = c.quizzes().stream()
                .flatMap(q -> q.items().stream())
                .collect(Collectors.groupingBy(i -> i.type().key(), TreeMap::new, Collectors.counting()));
        Map<String, Long> vignettes = c.vignettes().stream()
                .collect(Collectors.groupingBy(v -> v.vignetteKind().key(), TreeMap::new, Collectors.counting()));
        return String.format(
                "%s: %d lessons, %d quizzes, items %s, vignettes %s, %d reflections, %d concepts, "
                        + "%d references, %d errors, %d warnings, hash %s",
                name,
                c.lessons().size(),
                c.quizzes().size(),
                items,
                vignettes,
                c.reflections().size(),
                c.concepts().size(),
                c.references().size(),
                errors,
                warnings,
                result.contentHash().orElse("-").substring(0, 12));
    }
}
