package org.alliance.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.alliance.core.model.Course;
import org.alliance.core.validation.Problem;
import org.alliance.core.validation.ProblemCode;
import org.junit.jupiter.api.Test;

class UnlistedChecksTest {

    private static final Course MINI =
            CourseReader.fromFolder(TestCourses.mini()).course().orElseThrow();

    private static Map<String, String> withUnlistedQuiz(String objective) {
        Map<String, String> files = new TreeMap<>(TestCourses.miniFiles());
        files.put("quizzes/q9-draft.yaml", """
                id: q9-draft
                title: Not yet in a lesson
                items:
                  - id: i1
                    type: true_false
                    objectives: [%s]
                    concepts: [working-alliance]
                    stem: The alliance is the emotional bond and nothing besides.
                    answer: false
                    misconception: %s
                    feedback: {true: "It also has goals and tasks.", false: "Right."}
                """.formatted(
                        objective,
                        MINI.concepts().stream()
                                .flatMap(c -> c.misconceptions().stream())
                                .findFirst()
                                .orElseThrow()
                                .id()));
        return files;
    }

    @Test
    void an_activity_no_lesson_lists_is_still_checked_at_its_own_paths() {
        ReadResult result = CourseReader.fromFiles(withUnlistedQuiz("no-such-objective"));

        assertThat(result.errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.UNKNOWN_OBJECTIVE);
            assertThat(p.path()).isEqualTo("quizzes[q9-draft].items[i1].objectives[0]");
            assertThat(p.file()).isEqualTo("quizzes/q9-draft.yaml");
            assertThat(p.line()).isEqualTo(6);
        });
        assertThat(result.course()).isEmpty();
        assertThat(result.draft())
                .as("editors still get the course as far as it reads")
                .hasValueSatisfying(course -> assertThat(course.id()).isEqualTo(MINI.id()));
    }

    @Test
    void a_clean_unlisted_activity_only_warns_that_it_is_unlisted() {
        String objective = MINI.objectives().getFirst().id();

        ReadResult result = CourseReader.fromFiles(withUnlistedQuiz(objective));

        assertThat(TestCourses.unaccepted(result.problems()))
                .extracting(Problem::code)
                .containsExactly(ProblemCode.UNLISTED_ACTIVITY);
        assertThat(result.course()).isPresent();
        assertThat(result.problems()).noneMatch(p -> p.toString().contains("unlisted-activities"));
    }
}
