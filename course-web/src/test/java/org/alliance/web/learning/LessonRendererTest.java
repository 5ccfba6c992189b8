package org.alliance.web.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.alliance.core.format.CourseReader;
import org.alliance.core.model.Course;
import org.junit.jupiter.api.Test;

/** Citations in rendered course text: where their links lead, and what a page without a reference list shows. */
class LessonRendererTest {
    private static final Course COURSE = CourseReader.fromFolder(Path.of("src/test/resources/courses/gradebook-test"))
            .course()
            .orElseThrow();
    private final LessonRenderer renderer = new LessonRenderer();

    @Test
    void a_citation_links_to_its_reference_on_the_page_that_shows_the_text() {
        String ref = COURSE.references().getFirst().id();
        var rendered = renderer.render(COURSE, "As shown [@" + ref + "].", "courses/c/lessons/l");

        assertThat(rendered.html()).contains("href=\"courses/c/lessons/l#ref-" + ref + "\"");
        assertThat(rendered.html()).doesNotContain("href=\"#ref-");
        assertThat(rendered.citedReferences()).containsExactly(ref);
    }

    @Test
    void without_a_reference_list_a_citation_is_plain_text() {
        String ref = COURSE.references().getFirst().id();
        var rendered = renderer.renderUnlinked(COURSE, "As shown [@" + ref + "].");

        assertThat(rendered.html()).doesNotContain("<a ").contains("(");
        assertThat(rendered.citedReferences()).containsExactly(ref);
    }
}
