package org.alliance.web.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.alliance.core.format.CourseReader;
import org.alliance.core.model.Course;
import org.alliance.core.model.Reference;
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

    /** Rendered texts are cached (issue 15): by course version and page, never shared across them. */
    @Test
    void the_cache_keeps_courses_and_pages_apart() throws Exception {
        Reference first = COURSE.references().getFirst();
        var renamed = new Reference(first.id(), "Quite Other", 1901, first.title(), first.source(), first.doi());
        Course other = withReferences(COURSE, List.of(renamed));
        String text = "As shown [@" + first.id() + "].";

        String here = renderer.render(COURSE, text, "courses/c/lessons/a").html();
        String elsewhere = renderer.render(COURSE, text, "courses/c/lessons/b").html();
        String otherCourse = renderer.render(other, text, "courses/c/lessons/a").html();

        assertThat(renderer.render(COURSE, text, "courses/c/lessons/a").html()).isEqualTo(here);
        assertThat(elsewhere).contains("lessons/b#ref-").doesNotContain("lessons/a#ref-");
        assertThat(otherCourse).contains("Quite Other").contains("1901");
        assertThat(here).doesNotContain("Quite Other");
    }

    private static Course withReferences(Course course, List<Reference> references) throws Exception {
        RecordComponent[] components = Course.class.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = components[i].getName().equals("references")
                    ? references
                    : components[i].getAccessor().invoke(course);
        }
        Class<?>[] types =
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        return Course.class.getDeclaredConstructor(types).newInstance(values);
    }
}
