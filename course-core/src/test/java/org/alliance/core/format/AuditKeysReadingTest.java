package org.alliance.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.alliance.core.model.BranchingVignette;
import org.alliance.core.model.Cognitive;
import org.alliance.core.model.Course;
import org.alliance.core.model.Lesson;
import org.alliance.core.validation.ProblemCode;
import org.junit.jupiter.api.Test;

/** The keys the assessment audit reads: cognitive, audit (accept and why), and safety_reason. */
class AuditKeysReadingTest {

    private static ReadResult withFile(String path, UnaryOperator<String> change) {
        Map<String, String> files = new TreeMap<>(TestCourses.miniFiles());
        files.put(path, change.apply(files.get(path)));
        return CourseReader.fromFiles(files);
    }

    @Test
    void cognitive_audit_and_safety_reason_are_read_into_the_model() {
        Course course = CourseReader.fromFolder(TestCourses.mini()).course().orElseThrow();

        assertThat(course.activity("v4-branching").map(a -> ((BranchingVignette) a).cognitive()))
                .contains(Optional.of(Cognitive.ANALYSE));
        Lesson l1 = course.lesson("l1-alliance").orElseThrow();
        assertThat(l1.audit()).hasValueSatisfying(a -> {
            assertThat(a.codes()).containsExactly("lesson-apply-share");
            assertThat(a.why()).startsWith("A format fixture");
        });
        ReadResult reasoned = withFile(
                "vignettes/v4-branching.yaml",
                t -> t.replace(
                        "        misconception: repair-means-defending\n        alliance: -15",
                        "        misconception: repair-means-defending\n        safety: false\n"
                                + "        safety_reason: Defensive, but it neither shames nor dismisses risk.\n"
                                + "        alliance: -15"));
        var choice = ((BranchingVignette)
                        reasoned.course().orElseThrow().activity("v4-branching").orElseThrow())
                .nodes()
                .getFirst()
                .choices()
                .getFirst();
        assertThat(choice.safety()).isFalse();
        assertThat(choice.safetyReason()).contains("Defensive, but it neither shames nor dismisses risk.");
    }

    @Test
    void the_writer_writes_the_keys_back_and_the_course_reads_to_the_same_hash() {
        Course mini = CourseReader.fromFolder(TestCourses.mini()).course().orElseThrow();
        Map<String, String> files = CourseWriter.write(mini);

        assertThat(files.get("lessons/l1-alliance.md")).contains("audit:", "accept:", "- lesson-apply-share");
        assertThat(files.get("vignettes/v4-branching.yaml")).contains("cognitive: analyse");
        assertThat(CourseReader.fromFiles(files).contentHash()).contains(ContentHash.of(mini));
    }

    @Test
    void a_course_that_uses_none_of_the_keys_keeps_the_hash_it_had_before_they_existed_and_using_one_changes_it() {
        Course course = RandomCourse.generate(20261205L);

        assertThat(ContentHash.canonical(course))
                .doesNotContain("cognitive")
                .doesNotContain("audit:")
                .doesNotContain("safetyReason");
        ReadResult plain = withFile("vignettes/v4-branching.yaml", t -> t.replace("cognitive: analyse\n", ""));
        ReadResult marked = CourseReader.fromFolder(TestCourses.mini());
        assertThat(plain.contentHash()).isPresent().isNotEqualTo(marked.contentHash());
    }

    @Test
    void an_unknown_or_error_code_cannot_be_accepted_and_a_reason_is_required() {
        ReadResult unknown = withFile(
                "lessons/l1-alliance.md",
                t -> t.replace("accept: [lesson-apply-share]", "accept: [lesson-apply-shares, ambiguous-option]"));
        assertThat(unknown.errors())
                .filteredOn(p -> p.code() == ProblemCode.INVALID_VALUE)
                .hasSize(2)
                .first()
                .satisfies(p -> {
                    assertThat(p.path()).isEqualTo("lessons[l1-alliance].audit.accept[0]");
                    assertThat(p.hint()).contains("Did you mean 'lesson-apply-share'?");
                });

        ReadResult noReason = withFile("lessons/l1-alliance.md", t -> t.replaceAll("\\n  why: .*", ""));
        assertThat(noReason.errors())
                .extracting(p -> p.code().key() + " " + p.path())
                .containsExactly("missing-field lessons[l1-alliance].audit.why");
    }

    @Test
    void an_unknown_cognitive_level_is_an_invalid_value() {
        ReadResult result =
                withFile("vignettes/v4-branching.yaml", t -> t.replace("cognitive: analyse", "cognitive: evaluate"));

        assertThat(result.errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.INVALID_VALUE);
            assertThat(p.params()).containsEntry("allowed", "remember, understand, apply, analyse");
        });
    }
}
