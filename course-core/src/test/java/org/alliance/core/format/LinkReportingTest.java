package org.alliance.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.alliance.core.validation.Problem;
import org.alliance.core.validation.ProblemCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Links the lesson renderer would drop are refused when the course is read, at their line, naming the link
 * as written: a script address however it is spelt, another scheme, and images (course pages show none).
 */
class LinkReportingTest {

    private static final String LESSON = "lessons/l2-repair.md";

    /** The mini course with {@code lines} added after the lesson body's first paragraph (line 14). */
    private static ReadResult withLessonLines(String lines) {
        Map<String, String> files = new TreeMap<>(TestCourses.miniFiles());
        files.put(LESSON, files.get(LESSON).stripTrailing() + "\n\n" + lines + "\n");
        return CourseReader.fromFiles(files);
    }

    private static Problem only(ReadResult result, ProblemCode code) {
        assertThat(result.course()).as("a course with errors is not produced").isEmpty();
        assertThat(result.problems()).filteredOn(Problem::isError).as("errors").hasSize(1);
        return result.problems().stream()
                .filter(p -> p.code() == code)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + code.key() + " in " + result.problems()));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "jav&#x61;script:alert(1)",
                "&#106;avascript:alert(1)",
                "javascript&colon;alert(1)",
                "JaVaScRiPt:alert(1)",
                "java&#x09;script:alert(1)",
                "java&#10;script:alert(1)",
                "&#x20;javascript:alert(1)",
                "&#1;javascript:alert(1)",
                "<java\tscript:alert(1)>",
                "javascript&#x3a;alert(1)"
            })
    void a_script_address_spelt_with_character_references_or_hidden_characters_is_refused_at_its_line(String url) {
        Problem p = only(
                withLessonLines("Some words first.\nThen [a link](" + url + ") to nowhere."), ProblemCode.SCRIPT_LINK);

        assertThat(p.file()).isEqualTo(LESSON);
        assertThat(p.line()).isEqualTo(17);
        assertThat(p.path()).isEqualTo("lessons[l2-repair].body");
        assertThat(p.params()).containsEntry("scheme", "javascript");
        assertThat(p.message())
                .isEqualTo("[a link](" + url + ") leads to a javascript: address, "
                        + "which could run a script in the student's browser.");
        assertThat(p.hint()).startsWith("Remove the link, or link to an http:, https: or mailto: address");
    }

    @Test
    void a_reference_link_to_a_script_is_refused_at_the_link() {
        Problem p =
                only(withLessonLines("See [the notes][n].\n\n[n]: vbscript&#58;msgbox(1)"), ProblemCode.SCRIPT_LINK);

        assertThat(p.line()).isEqualTo(16);
        assertThat(p.message()).startsWith("[the notes][n] leads to a vbscript: address");
    }

    @Test
    void an_autolink_to_data_is_refused() {
        Problem p = only(withLessonLines("<data:text/html,hi>"), ProblemCode.SCRIPT_LINK);

        assertThat(p.line()).isEqualTo(16);
        assertThat(p.params()).containsEntry("scheme", "data");
    }

    @Test
    void a_scheme_the_pages_do_not_show_is_refused_naming_it() {
        Problem p = only(withLessonLines("Get [the form](ftp://example.org/form.pdf)."), ProblemCode.UNSUPPORTED_LINK);

        assertThat(p.line()).isEqualTo(16);
        assertThat(p.message())
                .isEqualTo("[the form](ftp://example.org/form.pdf) leads to 'ftp://example.org/form.pdf', "
                        + "which students' pages would not show as a link.");
    }

    @Test
    void a_control_character_inside_an_address_is_refused_and_shown() {
        Problem p = only(withLessonLines("Visit [us](ht&#9;tps://example.org)."), ProblemCode.UNSUPPORTED_LINK);

        assertThat(p.params()).containsEntry("url", "ht[U+0009]tps://example.org");
    }

    @Test
    void an_image_is_refused_because_pages_show_none() {
        Problem p = only(
                withLessonLines("![The alliance triangle](https://example.org/triangle.png)"),
                ProblemCode.UNSUPPORTED_IMAGE);

        assertThat(p.line()).isEqualTo(16);
        assertThat(p.message())
                .isEqualTo("The image ![The alliance triangle](https://example.org/triangle.png) "
                        + "would not be shown: course pages show no images.");
    }

    @Test
    void a_script_in_a_yaml_block_scalar_is_refused_at_its_file_line() {
        Map<String, String> files = new TreeMap<>(TestCourses.miniFiles());
        String reflection = "reflections/r1-alliances.yaml";
        files.put(reflection, files.get(reflection) + "  More.\n\n  [Go](&#x6A;avascript:alert(document.cookie))\n");

        Problem p = only(CourseReader.fromFiles(files), ProblemCode.SCRIPT_LINK);

        assertThat(p.file()).isEqualTo(reflection);
        assertThat(p.line()).isEqualTo(7);
        assertThat(p.path()).isEqualTo("reflections[r1-alliances].prompt");
    }

    @Test
    void links_within_the_course_and_to_the_web_and_mail_are_accepted() {
        ReadResult result =
                withLessonLines("See [below](#later), [notes](notes/a), [the paper](https://doi.org/10.1037/h0085885) "
                        + "and [write to us](mailto:team@example.org), or <https://example.org>.");

        assertThat(result.problems())
                .as("nothing but the fixture's accepted audit warning")
                .allMatch(Problem::isAccepted);
        assertThat(result.course()).isPresent();
    }
}
