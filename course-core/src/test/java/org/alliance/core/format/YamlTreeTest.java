package org.alliance.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class YamlTreeTest {

    @Test
    void every_quiz_and_vignette_survives_load_and_dump_with_the_same_course_hash() {
        Map<String, String> files = TestCourses.miniFiles();
        Map<String, String> through = new TreeMap<>(files);
        files.forEach((path, text) -> {
            if (path.startsWith("quizzes/") || path.startsWith("vignettes/")) {
                through.put(path, YamlTree.dump(YamlTree.load(text).orElseThrow()));
            }
        });

        ReadResult before = CourseReader.fromFiles(files);
        ReadResult after = CourseReader.fromFiles(through);

        assertThat(after.problems())
                .isEqualTo(before.problems().stream()
                        .filter(p ->
                                !p.file().startsWith("quizzes/") && !p.file().startsWith("vignettes/"))
                        .toList());
        assertThat(after.contentHash()).isPresent().isEqualTo(before.contentHash());
        assertThat(through).isNotEqualTo(files); // the files were really rewritten, not passed through
    }

    @Test
    void unknown_keys_are_kept_so_the_reader_still_reports_them() {
        String text = "id: q1\ntitle: T\nsurprise: 3\nitems: []\n";

        Map<Object, Object> tree = YamlTree.load(text).orElseThrow();

        assertThat(YamlTree.dump(tree)).contains("surprise: 3");
    }

    @Test
    void text_that_is_not_a_mapping_has_no_tree() {
        assertThat(YamlTree.load("id: [unclosed")).isEmpty();
        assertThat(YamlTree.load("- a\n- b\n")).isEmpty();
        assertThat(YamlTree.load("")).isEmpty();
        assertThat(YamlTree.load("a: 1\na: 2\n")).isEmpty();
    }

    @Test
    void yaml_nested_thousands_deep_has_no_tree_and_throws_nothing() {
        String deep = "id: q1\nextra: " + "[".repeat(20_000) + "]".repeat(20_000) + "\n";

        assertThat(YamlTree.load(deep)).isEmpty();
        assertThat(YamlTree.load("id: q1\nextra: " + "[".repeat(8) + "]".repeat(8) + "\n"))
                .isPresent();
    }

    @Test
    void element_paths_name_elements_as_problems_do() {
        List<Object> options = List.of(Map.of("id", "b"), Map.of("text", "no id"), Map.of("id", 7), "plain");

        assertThat(YamlTree.elementPath("q.options", options, 0)).isEqualTo("q.options[b]");
        assertThat(YamlTree.elementPath("q.options", options, 1)).isEqualTo("q.options[#1]");
        assertThat(YamlTree.elementPath("q.options", options, 2)).isEqualTo("q.options[7]");
        assertThat(YamlTree.elementPath("q.options", options, 3)).isEqualTo("q.options[3]");
    }
}
