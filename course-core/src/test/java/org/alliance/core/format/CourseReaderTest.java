package org.alliance.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.alliance.core.model.Course;
import org.junit.jupiter.api.Test;

class CourseReaderTest {

    @Test
    void the_mini_course_reads_without_problems_but_the_audit_warnings_it_accepts() {
        ReadResult result = CourseReader.fromFolder(TestCourses.mini());

        assertThat(result.problems()).allSatisfy(p -> assertThat(p.isAccepted()).isTrue());
        assertThat(result.problems())
                .extracting(p -> p.code().key() + " " + p.path())
                .containsExactlyInAnyOrder(
                        "lesson-apply-share lessons[l1-alliance]",
                        "drill-one-template drills[d1-name-the-strain].levels.beginner[b1].examples");
        assertThat(result.problems())
                .allSatisfy(p -> assertThat(p.params().get("why")).startsWith("A format fixture"));
        Course course = result.course().orElseThrow();
        assertThat(course.lessons()).hasSize(2);
        assertThat(course.activities()).hasSize(8);
        assertThat(course.drills()).hasSize(1);
    }
}
