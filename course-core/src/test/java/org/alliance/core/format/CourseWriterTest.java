package org.alliance.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.alliance.core.model.Course;
import org.junit.jupiter.api.Test;

class CourseWriterTest {

    private final Course mini =
            CourseReader.fromFolder(TestCourses.mini()).course().orElseThrow();

    @Test
    void written_files_read_back_to_the_same_course() {
        Map<String, String> files = CourseWriter.write(mini);

        ReadResult back = CourseReader.fromFiles(files);

        assertThat(TestCourses.unaccepted(back.problems())).isEmpty();
        assertThat(back.course()).contains(mini);
        assertThat(back.contentHash()).contains(ContentHash.of(mini));
    }

    @Test
    void writing_is_stable() {
        Map<String, String> once = CourseWriter.write(mini);
        Map<String, String> twice =
                CourseWriter.write(CourseReader.fromFiles(once).course().orElseThrow());

        assertThat(twice).isEqualTo(once);
    }

    @Test
    void the_writer_produces_one_file_per_part_in_the_documented_layout() {
        assertThat(CourseWriter.write(mini).keySet())
                .containsExactlyInAnyOrder(
                        "course.yaml",
                        "glossary.yaml",
                        "references.yaml",
                        "lessons/l1-alliance.md",
                        "lessons/l2-repair.md",
                        "quizzes/q1-alliance.yaml",
                        "quizzes/q2-repair.yaml",
                        "vignettes/v1-best.yaml",
                        "vignettes/v2-rate.yaml",
                        "vignettes/v3-free.yaml",
                        "vignettes/v4-branching.yaml",
                        "reflections/r1-alliances.yaml",
                        "drills/d1-name-the-strain.yaml");
    }
}
