package org.alliance.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import org.alliance.core.model.Course;
import org.alliance.core.validation.Problem;
import org.alliance.core.validation.Validator;
import org.junit.jupiter.api.Test;

/** Any valid course survives write-then-read unchanged, hash included. */
class RoundTripPropertyTest {

    @Test
    void generated_courses_are_valid() {
        qt().withExamples(200).withFixedSeed(20261126L).forAll(longs().all()).checkAssert(seed -> {
            Course course = RandomCourse.generate(seed);
            assertThat(Validator.validate(course)).as("seed %d", seed).noneMatch(Problem::isError);
        });
    }

    @Test
    void a_valid_course_survives_write_then_read_with_the_same_hash() {
        qt().withExamples(300).withFixedSeed(20261126L).forAll(longs().all()).checkAssert(seed -> {
            Course course = RandomCourse.generate(seed);

            ReadResult back = CourseReader.fromFiles(CourseWriter.write(course));

            assertThat(back.errors()).as("seed %d", seed).isEmpty();
            assertThat(back.course()).as("seed %d", seed).contains(course);
            assertThat(back.contentHash()).as("seed %d", seed).contains(ContentHash.of(course));
        });
    }

    @Test
    void different_content_gives_a_different_hash() {
        qt().withExamples(100)
                .withFixedSeed(7L)
                .forAll(longs().all(), longs().all())
                .assuming((a, b) -> !a.equals(b))
                .checkAssert((a, b) -> {
                    Course one = RandomCourse.generate(a);
                    Course two = RandomCourse.generate(b);
                    assertThat(ContentHash.of(one).equals(ContentHash.of(two))).isEqualTo(one.equals(two));
                });
    }
}
