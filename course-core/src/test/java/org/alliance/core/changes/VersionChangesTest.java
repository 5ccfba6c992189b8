package org.alliance.core.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.alliance.core.format.CourseReader;
import org.alliance.core.format.ReadResult;
import org.alliance.core.model.Course;
import org.junit.jupiter.api.Test;

/** Two versions of the test mini course, edited as an author would edit the files, and what the summary says. */
class VersionChangesTest {
    private final Map<String, String> before = miniCourse();
    private final Map<String, String> after = new TreeMap<>(before);

    @Test
    void the_same_files_have_no_changes() {
        assertThat(VersionChanges.files(before, after)).isEmpty();
        assertThat(VersionChanges.parts(read(before), read(after))).isEmpty();
    }

    @Test
    void a_reworded_item_is_the_one_change_named_with_its_quiz() {
        edit(
                "quizzes/q1-alliance.yaml",
                "stem: Once formed, the alliance stays stable through treatment.",
                "stem: Once formed, the alliance holds steady until the end.");

        assertThat(VersionChanges.files(before, after))
                .containsExactly(new FileChange("quizzes/q1-alliance.yaml", ChangeKind.CHANGED));
        assertThat(VersionChanges.parts(read(before), read(after)))
                .containsExactly(new Change(
                        Part.ITEM,
                        ChangeKind.CHANGED,
                        "q1-i3",
                        "Once formed, the alliance holds steady until the end.",
                        "The working alliance"));
    }

    @Test
    void an_added_vignette_and_a_removed_reflection_are_named_and_so_is_the_lesson_that_lists_them() {
        after.put(
                "vignettes/v5-free.yaml",
                before.get("vignettes/v3-free.yaml")
                        .replace("id: v3-free", "id: v5-free")
                        .replace("title: Say it in your words", "title: Doubt"));
        after.remove("reflections/r1-alliances.yaml");
        edit(
                "lessons/l1-alliance.md",
                "activities: [q1-alliance, v1-best, r1-alliances]",
                "activities: [q1-alliance, v1-best, v5-free]");

        assertThat(VersionChanges.files(before, after))
                .containsExactly(
                        new FileChange("lessons/l1-alliance.md", ChangeKind.CHANGED),
                        new FileChange("reflections/r1-alliances.yaml", ChangeKind.REMOVED),
                        new FileChange("vignettes/v5-free.yaml", ChangeKind.ADDED));
        assertThat(VersionChanges.parts(read(before), read(after)))
                .extracting(Change::part, Change::kind, Change::id, Change::label)
                .containsExactly(
                        tuple(Part.LESSON, ChangeKind.CHANGED, "l1-alliance", "The working alliance"),
                        tuple(Part.VIGNETTE, ChangeKind.ADDED, "v5-free", "Doubt"),
                        tuple(Part.REFLECTION, ChangeKind.REMOVED, "r1-alliances", "Alliances you know"));
    }

    @Test
    void an_edited_drill_is_named_as_a_drill_by_its_title() {
        edit("drills/d1-name-the-strain.yaml", "tone: mocking", "tone: mocking, then quiet");

        assertThat(VersionChanges.parts(read(before), read(after)))
                .containsExactly(new Change(
                        Part.DRILL, ChangeKind.CHANGED, "d1-name-the-strain", "Naming the strain between you", ""));
    }

    @Test
    void a_new_quiz_is_named_once_not_item_by_item() {
        after.put(
                "quizzes/q3-again.yaml",
                before.get("quizzes/q1-alliance.yaml")
                        .replace("id: q1-alliance", "id: q3-again")
                        .replace("title: The working alliance", "title: Again")
                        .replaceAll("id: q1-i(\\d)", "id: q3-i$1"));
        edit("lessons/l1-alliance.md", "activities: [q1-alliance,", "activities: [q1-alliance, q3-again,");

        assertThat(VersionChanges.parts(read(before), read(after)))
                .extracting(Change::part, Change::kind, Change::id)
                .containsExactly(
                        tuple(Part.LESSON, ChangeKind.CHANGED, "l1-alliance"),
                        tuple(Part.QUIZ, ChangeKind.ADDED, "q3-again"));
    }

    @Test
    void a_removed_item_is_named_by_its_question_and_its_quiz_by_the_new_order() {
        String quiz = before.get("quizzes/q1-alliance.yaml");
        after.put("quizzes/q1-alliance.yaml", quiz.substring(0, quiz.indexOf("  - id: q1-i5")));

        assertThat(VersionChanges.parts(read(before), read(after)))
                .containsExactly(
                        new Change(Part.QUIZ, ChangeKind.CHANGED, "q1-alliance", "The working alliance", ""),
                        new Change(
                                Part.ITEM,
                                ChangeKind.REMOVED,
                                "q1-i5",
                                "What does WAI stand for?",
                                "The working alliance"));
    }

    @Test
    void reformatting_a_file_changes_the_file_but_no_part() {
        edit(
                "quizzes/q1-alliance.yaml",
                "title: The working alliance",
                "# Reviewed by a second author.\ntitle: \"The working alliance\"");

        assertThat(VersionChanges.files(before, after)).hasSize(1);
        assertThat(VersionChanges.parts(read(before), read(after))).isEmpty();
    }

    @Test
    void course_settings_and_the_rubric_are_named_when_they_change() {
        edit("course.yaml", "pass_mark: 0.6", "pass_mark: 0.5");
        edit("course.yaml", "3: Adequate but generic.", "3: Adequate, still generic.");

        assertThat(VersionChanges.parts(read(before), read(after)))
                .extracting(Change::part, Change::kind)
                .containsExactly(tuple(Part.COURSE, ChangeKind.CHANGED), tuple(Part.RUBRIC, ChangeKind.CHANGED));
    }

    @Test
    void a_changed_concept_and_a_reordered_lesson_list_are_named() {
        edit("course.yaml", "  - l1-alliance\n  - l2-repair", "  - l2-repair\n  - l1-alliance");
        String glossary = before.get("glossary.yaml");
        String term = glossary.lines()
                .filter(l -> l.strip().startsWith("term:"))
                .findFirst()
                .orElseThrow();
        edit("glossary.yaml", term, term + " (revised)");

        assertThat(VersionChanges.parts(read(before), read(after)))
                .extracting(Change::part, Change::kind)
                .containsExactly(tuple(Part.COURSE, ChangeKind.CHANGED), tuple(Part.CONCEPT, ChangeKind.CHANGED));
    }

    private void edit(String path, String old, String now) {
        String text = after.get(path);
        assertThat(text).as(path).contains(old);
        after.put(path, text.replace(old, now));
    }

    private static Course read(Map<String, String> files) {
        ReadResult read = CourseReader.fromFiles(files);
        assertThat(read.errors()).as("the edited course must stay valid").isEmpty();
        return read.course().orElseThrow();
    }

    private static Map<String, String> miniCourse() {
        try {
            Path root = Path.of(
                    VersionChangesTest.class.getResource("/valid/mini-course").toURI());
            Map<String, String> files = new TreeMap<>();
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    files.put(root.relativize(file).toString().replace('\\', '/'), Files.readString(file));
                }
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
