package org.alliance.web.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.alliance.web.AllianceTest;
import org.alliance.web.account.AccountService;
import org.alliance.web.learning.ui.CourseView;
import org.alliance.web.learning.ui.LessonView;
import org.alliance.web.progress.ui.ProgressView;
import org.alliance.web.reflection.Reflections;
import org.alliance.web.reflection.ui.ReflectionView;
import org.alliance.web.shell.ui.NotFoundView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;

/** The student's pages without a browser: catalogue, course page, lesson, reflection, progress. */
@AllianceTest
class StudentPagesTest extends SpringBrowserlessTest {
    private static final String COURSE = "therapeutic-relationship";

    @Autowired
    AccountService accounts;

    @Autowired
    Reflections reflections;

    private void registerMe() {
        String me = SecurityContextHolder.getContext().getAuthentication().getName();
        accounts.register("Student " + me, me, "a long enough password");
    }

    /**
     * Enrols through the bundled course's own card, found by its id: other tests publish copies whose titles
     * also hold "Therapeutic", and run before or after this one in random order.
     */
    private void enrolFromTheCatalogue() {
        CatalogView catalog = navigate(CatalogView.class);
        Component card = catalog.cards
                .getChildren()
                .filter(c -> c.getId().orElse("").equals("course-" + COURSE))
                .findFirst()
                .orElseThrow();
        test(find(Button.class, card).single()).click();
    }

    @Test
    @WithMockUser(username = "pages-one", roles = "STUDENT")
    void enrolling_from_the_catalogue_opens_the_course_page_with_its_lessons() {
        registerMe();
        CatalogView catalog = navigate(CatalogView.class);
        Component card = catalog.cards
                .getChildren()
                .filter(c -> c.getId().orElse("").equals("course-" + COURSE))
                .findFirst()
                .orElseThrow();
        test(find(Button.class, card).single()).click();
        assertThat(getCurrentView()).isInstanceOf(CourseView.class);
        assertThat(find(Span.class).withId("course-progress-label").single().getText())
                .isEqualTo("0 of 10 lessons done");
        String lessons = find(Html.class).all().stream()
                .map(h -> h.getElement().getOuterHTML())
                .filter(h -> h.contains("lesson-list"))
                .findFirst()
                .orElseThrow();
        assertThat(lessons)
                .contains("Not started")
                .contains("<a router-link href=\"courses/" + COURSE + "/lessons/l1-what-makes-therapy-work\">")
                .contains("Quiz: <a router-link href=\"courses/" + COURSE + "/quizzes/q1-what-makes-therapy-work\">");
    }

    @Test
    @WithMockUser(username = "pages-two", roles = "STUDENT")
    void a_course_the_student_is_not_enrolled_in_reads_as_not_found() {
        registerMe();
        navigate("courses/" + COURSE, Component.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        navigate("courses/" + COURSE + "/lessons/l1-what-makes-therapy-work", Component.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithMockUser(username = "pages-three", roles = "STUDENT")
    void marking_a_lesson_done_counts_on_the_course_page_and_the_progress_page() {
        registerMe();
        enrolFromTheCatalogue();
        navigate(LessonView.class, Map.of("courseId", COURSE, "lessonId", "l2-working-alliance"));
        Button markDone = find(Button.class).withId("mark-done").single();
        test(markDone).click();
        assertThat(markDone.getText()).startsWith("Done");
        navigate(CourseView.class, Map.of("courseId", COURSE));
        assertThat(find(Span.class).withId("course-progress-label").single().getText())
                .isEqualTo("1 of 10 lessons done");
        navigate(ProgressView.class);
        assertThat(find(Paragraph.class).all().stream().map(p -> p.getText())).contains("Lessons read: 1 of 10");
    }

    @Test
    @WithMockUser(username = "pages-four", roles = "STUDENT")
    void a_reflection_is_saved_as_typed_and_shared_only_when_chosen() {
        registerMe();
        enrolFromTheCatalogue();
        navigate(ReflectionView.class, Map.of("courseId", COURSE, "reflectionId", "r1-what-helps"));
        test(find(TextArea.class).single()).setValue("Something I noticed.");
        assertThat(find(Span.class).all().stream().map(Span::getText)).contains("Saved.");
        var page = reflections.page(COURSE, "r1-what-helps").orElseThrow();
        assertThat(page.answer()).isEqualTo("Something I noticed.");
        assertThat(page.shared()).isFalse();
    }
}
