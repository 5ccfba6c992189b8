package org.alliance.web.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import org.alliance.core.model.Course;
import org.alliance.core.model.Lesson;
import org.alliance.core.model.Reference;
import org.alliance.web.catalog.ui.CourseView;
import org.alliance.web.learning.LessonProgress;
import org.alliance.web.learning.LessonRenderer;
import org.alliance.web.shell.ui.Actions;

/** Reads one lesson: objectives, the rendered body with glossary terms and citations, its references. */
@Route("courses/:courseId/lessons/:lessonId")
@PermitAll
public class LessonView extends Div implements BeforeEnterObserver, HasDynamicTitle {
    private final transient LessonProgress progress;
    private final transient LessonRenderer renderer;
    private String title = "";
    final Button markDone = new Button();
    boolean done;

    LessonView(LessonProgress progress, LessonRenderer renderer) {
        this.progress = progress;
        this.renderer = renderer;
        addClassName("page");
        addClassName("lesson-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String courseId = event.getRouteParameters().get("courseId").orElse("");
        String lessonId = event.getRouteParameters().get("lessonId").orElse("");
        var published = progress.open(courseId, lessonId);
        if (published.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        Course course = published.get().course();
        show(course, course.lesson(lessonId).orElseThrow());
    }

    private void show(Course course, Lesson lesson) {
        removeAll();
        title = lesson.title();
        done = progress.states(course.id()).stream().anyMatch(s -> s.lessonId().equals(lesson.id()) && s.done());

        var back = new RouterLink(course.title(), CourseView.class, new RouteParameters("courseId", course.id()));
        back.addClassName("breadcrumb");
        var meta = new Paragraph(getTranslation("course.minutes", lesson.minutes()));
        meta.addClassName("hint");
        var objectives = new UnorderedList();
        lesson.objectives().forEach(o -> objectives.add(new ListItem(o.text())));
        var goals = new Section(new H2(getTranslation("lesson.objectives")), objectives);
        goals.addClassName("objectives");

        var body = renderer.render(course, lesson.body());
        var article = new Html(body.html());

        add(back, new H1(lesson.title()), meta, goals, article, references(course, body.citedReferences()),
                footer(course, lesson));
    }

    private Component references(Course course, java.util.Set<String> cited) {
        var list = new OrderedList();
        list.addClassName("reference-list");
        List<Reference> refs = course.references().stream().filter(r -> cited.contains(r.id())).toList();
        for (Reference ref : refs) {
            var item = new ListItem(new Span(ref.authors() + " (" + ref.year() + "). " + ref.title() + ". "
                    + ref.source() + "."));
            ref.doi().ifPresent(doi -> {
                var link = new Anchor("https://doi.org/" + doi, "doi:" + doi);
                link.setTarget("_blank");
                item.add(new Span(" "), link);
            });
            item.setId("ref-" + ref.id());
            list.add(item);
        }
        var section = new Section(new H2(getTranslation("lesson.references")), list);
        section.setVisible(!refs.isEmpty());
        return section;
    }

    private Component footer(Course course, Lesson lesson) {
        markDone.setId("mark-done");
        updateMarkDone();
        markDone.addClickListener(e -> Actions.run("failure.lesson-progress", () -> {
            progress.markDone(course.id(), lesson.id(), !done);
            done = !done;
            updateMarkDone();
        }));
        var nav = new Nav();
        nav.addClassName("lesson-nav");
        nav.setAriaLabel(getTranslation("lesson.nav"));
        int index = course.lessons().indexOf(lesson);
        if (index > 0) {
            nav.add(lessonLink(course, course.lessons().get(index - 1), "lesson.previous"));
        }
        if (index < course.lessons().size() - 1) {
            nav.add(lessonLink(course, course.lessons().get(index + 1), "lesson.next"));
        }
        var footer = new Div(markDone, nav);
        footer.addClassName("lesson-footer");
        return footer;
    }

    private RouterLink lessonLink(Course course, Lesson lesson, String key) {
        return new RouterLink(getTranslation(key, lesson.title()), LessonView.class,
                new RouteParameters(Map.of("courseId", course.id(), "lessonId", lesson.id())));
    }

    private void updateMarkDone() {
        markDone.setText(getTranslation(done ? "lesson.done" : "lesson.mark-done"));
        markDone.removeThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        markDone.addThemeVariants(done ? ButtonVariant.LUMO_SUCCESS : ButtonVariant.LUMO_PRIMARY);
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
