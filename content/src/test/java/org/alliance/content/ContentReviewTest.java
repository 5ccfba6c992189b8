package org.alliance.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.alliance.core.audit.AuditReport;
import org.alliance.core.audit.AuditSummary;
import org.alliance.core.format.CourseReader;
import org.alliance.core.model.Course;
import org.alliance.core.model.Item;
import org.alliance.core.model.Lesson;
import org.alliance.core.model.Objective;
import org.alliance.core.model.Vignette;
import org.junit.jupiter.api.Test;

/**
 * The content review in docs/content-review.md, kept true by this test: for each lesson, its objectives and
 * the items and vignettes that assess each; every objective assessed at least three times; every glossary
 * concept used; and each course's assessment audit figures. Regenerate the file with {@code -Dcontent.review.write=true}.
 */
class ContentReviewTest {
    private static final Path COURSES = Path.of("courses");
    private static final Path REVIEW = Path.of("..", "docs", "content-review.md");
    private static final Pattern TERM_LINK = Pattern.compile("\\[\\[([a-z0-9][a-z0-9-]*)");
    private static final int MIN_ASSESSMENTS = 3;

    @Test
    void every_objective_is_assessed_three_times_and_every_concept_is_used() throws IOException {
        for (Course course : courses()) {
            for (Objective objective : course.objectives()) {
                assertThat(assessing(course, objective.id()))
                        .as(course.id() + " objective " + objective.id())
                        .hasSizeGreaterThanOrEqualTo(MIN_ASSESSMENTS);
            }
            assertThat(unusedConcepts(course))
                    .as(course.id() + ": glossary concepts nothing uses")
                    .isEmpty();
        }
    }

    @Test
    void the_review_document_matches_the_content() throws IOException {
        String review = review(courses());
        if (Boolean.getBoolean("content.review.write")) {
            Files.writeString(REVIEW, review);
        }
        assertThat(Files.exists(REVIEW))
                .as("docs/content-review.md exists (-Dcontent.review.write=true makes it)")
                .isTrue();
        assertThat(Files.readString(REVIEW))
                .as("docs/content-review.md is up to date; regenerate it with"
                        + " ./mvn25 -pl course-core,content -am test -Dcontent.review.write=true")
                .isEqualTo(review);
    }

    static String review(List<Course> courses) {
        var out = new StringBuilder("""
                # Content review

                Generated from the bundled courses by `ContentReviewTest` (content module), which fails the build when
                this file is out of date, when an objective is assessed by fewer than three items or vignettes, or when
                a glossary concept is used nowhere. Regenerate with
                `./mvn25 -pl course-core,content -am test -Dcontent.review.write=true`. Each course ends with its
                assessment audit (see "The assessment audit" in content-format.md for what each figure means).
                """);
        for (Course course : courses) {
            out.append("\n## ")
                    .append(course.title())
                    .append(" (`")
                    .append(course.id())
                    .append("`)\n\n");
            out.append(String.format(
                    "%d lessons, %d quiz items, %d vignettes, %d reflections, %d concepts, " + "%d references.%n",
                    course.lessons().size(),
                    course.quizzes().stream().mapToInt(q -> q.items().size()).sum(),
                    course.vignettes().size(),
                    course.reflections().size(),
                    course.concepts().size(),
                    course.references().size()));
            for (Lesson lesson : course.lessons()) {
                out.append("\n### ")
                        .append(lesson.title())
                        .append(" (`")
                        .append(lesson.id())
                        .append("`)\n\n");
                out.append("| objective | assessed by | count |\n| --- | --- | --- |\n");
                for (Objective objective : lesson.objectives()) {
                    List<String> by = assessing(course, objective.id());
                    out.append("| ")
                            .append(objective.id())
                            .append(": ")
                            .append(objective.text().replace("|", "\\|"))
                            .append(" | ")
                            .append(String.join(", ", by))
                            .append(" | ")
                            .append(by.size())
                            .append(by.size() >= MIN_ASSESSMENTS ? "" : " (too few)")
                            .append(" |\n");
                }
            }
            Set<String> unused = unusedConcepts(course);
            out.append("\n### Glossary use\n\n")
                    .append(
                            unused.isEmpty()
                                    ? "Every one of the " + course.concepts().size()
                                            + " glossary concepts is taught, linked or"
                                            + " assessed somewhere in the course.\n"
                                    : "Not used anywhere: " + String.join(", ", unused) + "\n");
            out.append(AuditReport.markdown(AuditSummary.of(course)));
        }
        return out.toString();
    }

    /** Ids of the items and vignettes that name an objective, in course order. */
    static List<String> assessing(Course course, String objectiveId) {
        List<String> by = new ArrayList<>();
        for (var quiz : course.quizzes()) {
            for (Item item : quiz.items()) {
                if (item.objectives().contains(objectiveId)) {
                    by.add(item.id());
                }
            }
        }
        for (Vignette vignette : course.vignettes()) {
            if (vignette.objectives().contains(objectiveId)) {
                by.add(vignette.id());
            }
        }
        return by;
    }

    static Set<String> unusedConcepts(Course course) {
        Set<String> used = new TreeSet<>();
        for (Lesson lesson : course.lessons()) {
            used.addAll(lesson.concepts());
            Matcher m = TERM_LINK.matcher(lesson.body());
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        course.quizzes().forEach(q -> q.items().forEach(i -> used.addAll(i.concepts())));
        course.vignettes().forEach(v -> used.addAll(v.concepts()));
        Set<String> unused = new TreeSet<>();
        course.concepts().forEach(c -> {
            if (!used.contains(c.id())) {
                unused.add(c.id());
            }
        });
        return unused;
    }

    private static List<Course> courses() throws IOException {
        Map<String, Course> byId = new LinkedHashMap<>();
        try (Stream<Path> children = Files.list(COURSES)) {
            for (Path folder : children.filter(p -> Files.isRegularFile(p.resolve("course.yaml")))
                    .sorted()
                    .toList()) {
                CourseReader.fromFolder(folder).course().ifPresent(c -> byId.put(c.id(), c));
            }
        }
        return List.copyOf(byId.values());
    }
}
