package org.alliance.web.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
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
import java.util.Map;
import org.alliance.core.grading.ActivityStatus;
import org.alliance.core.model.Course;
import org.alliance.core.model.Lesson;
import org.alliance.web.learning.ActivityStatuses;
import org.alliance.web.learning.LessonProgress;
import org.alliance.web.learning.LessonRenderer;
import org.alliance.web.navigation.Routes;
import org.alliance.web.ui.Actions;

/** Reads one lesson: objectives, the rendered body with glossary terms and citations, its references. */
@Route(Routes.LESSON)
@PermitAll
public class LessonView extends Div implements BeforeEnterObserver, HasDynamicTitle {
    private final transient LessonProgress progress;
    private final transient LessonRenderer renderer;
    private final transient ActivityStatuses standings;
    private String title = "";
    final Button markDone = new Button();
    boolean done;

    LessonView(LessonProgress progress, LessonRenderer renderer, ActivityStatuses standings) {
        this.progress = progress;
        this.standings = standings;
        this.renderer = renderer;
        addClassName("page");
        addClassName("lesson-page");
        GlossaryTerms.dismissOnEscape(this);
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
        show(course, course.lesson(lessonId).orElseThrow(), event.getLocation().getPath());
    }

    private void show(Course course, Lesson lesson, String page) {
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

        var body = renderer.render(course, lesson.body(), page);
        var article = new Html(body.html());

        add(
                back,
                new H1(lesson.title()),
                meta,
                goals,
                article,
                new ReferenceList(course, body.citedReferences()),
                practice(course, lesson),
                footer(course, lesson));
    }

    /**
     * What to do after reading: the lesson's quiz, vignettes and reflection, each with where the student
     * stands, and the first one not yet begun named as the next step.
     */
    private Component practice(Course course, Lesson lesson) {
        var section = new Section();
        section.addClassName("lesson-practice");
        if (lesson.activities().isEmpty()) {
            section.setVisible(false);
            return section;
        }
        Map<String, ActivityStatus> statuses = standings.activityStatuses(course.id());
        var heading = new H2(getTranslation("lesson.practice"));
        var list = new UnorderedList();
        list.addClassName("activity-list");
        lesson.activities()
                .forEach(a -> list.add(
                        new ActivityLink(course, a, statuses.getOrDefault(a.id(), new ActivityStatus.NotDone()))));
        section.add(heading);
        lesson.activities().stream()
                .filter(a -> ActivityLink.open(statuses.getOrDefault(a.id(), new ActivityStatus.NotDone())))
                .findFirst()
                .ifPresentOrElse(
                        next -> {
                            var link = ActivityLink.named(course, next);
                            link.addClassName("button-link");
                            link.setId("next-activity");
                            var nextStep = new Paragraph(new Span(getTranslation("lesson.next-step") + " "), link);
                            nextStep.addClassName("next-step");
                            section.add(nextStep);
                        },
                        () -> section.add(new Paragraph(getTranslation("lesson.practice-done"))));
        section.add(list);
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
        return new RouterLink(
                getTranslation(key, lesson.title()),
                LessonView.class,
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
