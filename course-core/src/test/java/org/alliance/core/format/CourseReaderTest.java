package org.alliance.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.alliance.core.model.Course;
import org.junit.jupiter.api.Test;

class CourseReaderTest {

    @Test
    void the_mini_course_reads_without_problems() {
        ReadResult result = CourseReader.fromFolder(TestCourses.mini());

        assertThat(result.problems()).isEmpty();
        Course course = result.course().orElseThrow();
        assertThat(course.lessons()).hasSize(2);
        assertThat(course.activities()).hasSize(7);
    }
}
