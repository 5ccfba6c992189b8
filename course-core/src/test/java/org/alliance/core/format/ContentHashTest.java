package org.alliance.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Map;
import java.util.TreeMap;
import org.alliance.core.model.Course;
import org.junit.jupiter.api.Test;

class ContentHashTest {

    private final Map<String, String> miniFiles = TestCourses.miniFiles();
    private final String miniHash =
            CourseReader.fromFiles(miniFiles).contentHash().orElseThrow();

    @Test
    void the_hash_is_hex_sha256() {
        assertThat(miniHash).matches("[0-9a-f]{64}");
    }

    @Test
    void reformatting_the_files_keeps_the_hash() {
        Map<String, String> reformatted = Reformatting.reformat(miniFiles);
        assertThat(reformatted).isNotEqualTo(miniFiles);

        ReadResult result = CourseReader.fromFiles(reformatted);

        assertThat(TestCourses.unaccepted(result.problems())).isEmpty();
        assertThat(result.contentHash()).contains(miniHash);
    }

    @Test
    void the_canonical_writer_output_has_the_same_hash_as_the_hand_written_files() {
        Course mini = CourseReader.fromFiles(miniFiles).course().orElseThrow();
        assertThat(CourseReader.fromFiles(CourseWriter.write(mini)).contentHash())
                .contains(miniHash);
    }

    @Test
    void reformatting_generated_courses_keeps_their_hash() {
        qt().withExamples(100).withFixedSeed(99L).forAll(longs().all()).checkAssert(seed -> {
            Course course = RandomCourse.generate(seed);
            ReadResult result = CourseReader.fromFiles(Reformatting.reformat(CourseWriter.write(course)));
            assertThat(result.errors()).as("seed %d", seed).isEmpty();
            assertThat(result.contentHash()).as("seed %d", seed).contains(ContentHash.of(course));
        });
    }

    @Test
    void changing_one_word_of_feedback_changes_the_hash() {
        Map<String, String> edited = new TreeMap<>(miniFiles);
        edited.computeIfPresent("quizzes/q1-alliance.yaml", (k, v) -> v.replace("Right. Alliances", "Yes. Alliances"));

        assertThat(CourseReader.fromFiles(edited).contentHash().orElseThrow()).isNotEqualTo(miniHash);
    }

    @Test
    void changing_one_word_of_a_drill_example_or_its_settings_changes_the_hash() {
        Map<String, String> example = new TreeMap<>(miniFiles);
        example.computeIfPresent(
                "drills/d1-name-the-strain.yaml", (k, v) -> v.replace("That was my miss.", "That was my mistake."));
        Map<String, String> settings = new TreeMap<>(miniFiles);
        settings.computeIfPresent("drills/d1-name-the-strain.yaml", (k, v) -> v.replace("minutes: 10", "minutes: 12"));

        assertThat(CourseReader.fromFiles(example).contentHash().orElseThrow()).isNotEqualTo(miniHash);
        assertThat(CourseReader.fromFiles(settings).contentHash().orElseThrow()).isNotEqualTo(miniHash);
    }

    @Test
    void reordering_lessons_changes_the_hash() {
        Map<String, String> edited = new TreeMap<>(miniFiles);
        edited.computeIfPresent(
                "course.yaml", (k, v) -> v.replace("  - l1-alliance\n  - l2-repair", "  - l2-repair\n  - l1-alliance"));

        assertThat(CourseReader.fromFiles(edited).contentHash().orElseThrow()).isNotEqualTo(miniHash);
    }
}
