package org.alliance.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.alliance.core.model.Course;
import org.junit.jupiter.api.Test;

class CourseReaderTest {

    @Test
    void the_mini_course_reads_without_problems_but_the_audit_warning_it_accepts() {
        ReadResult result = CourseReader.fromFolder(TestCourses.mini());

        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.isAccepted()).isTrue();
            assertThat(p.code().key()).isEqualTo("lesson-apply-share");
            assertThat(p.params().get("why")).startsWith("A format fixture");
        });
        Course course = result.course().orElseThrow();
        assertThat(course.lessons()).hasSize(2);
        assertThat(course.activities()).hasSize(7);
    }
}
