package org.alliance.web.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.alliance.core.grading.ActivityStatus;
import org.alliance.core.model.Course;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.learning.ActivityStatuses;
import org.alliance.web.learning.LessonProgress;
import org.alliance.web.learning.LessonProgress.LessonState;
import org.alliance.web.learning.LessonRenderer;
import org.alliance.web.navigation.Links;
import org.alliance.web.navigation.Routes;
import org.alliance.web.ui.Actions;
import org.alliance.web.ui.RouteLinks;

/** A course's page for an enrolled student: what it is, where to get support, and the lessons in order. */
@Route(Routes.COURSE)
@PermitAll
public class CourseView extends Div implements BeforeEnterObserver, HasDynamicTitle {
    private final transient CourseCatalog catalog;
    private final transient LessonProgress progress;
    private final transient LessonRenderer renderer;
    private String title = "";
    final ProgressBar bar = new ProgressBar();
    final Span progressLabel = new Span();

    private final transient ActivityStatuses standings;
    private Map<String, ActivityStatus> statuses = Map.of();

    CourseView(CourseCatalog catalog, LessonProgress progress, LessonRenderer renderer, ActivityStatuses standings) {
        this.standings = standings;
        this.catalog = catalog;
        this.progress = progress;
        this.renderer = renderer;
        addClassName("page");
        GlossaryTerms.dismissOnEscape(this);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String courseId = event.getRouteParameters().get("courseId").orElse("");
        var published = catalog.enrolledCourse(courseId);
        if (published.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(published.get().course(), event.getLocation().getPath());
    }

    private void show(Course course, String page) {
        removeAll();
        statuses = standings.activityStatuses(course.id());
        title = course.title();
        Map<String, LessonState> states = progress.states(course.id()).stream()
                .collect(Collectors.toMap(LessonState::lessonId, Function.identity()));
        long done = course.lessons().stream()
                .filter(l -> states.containsKey(l.id()) && states.get(l.id()).done())
                .count();
        bar.setValue(
                course.lessons().isEmpty()
                        ? 0
                        : (double) done / course.lessons().size());
        progressLabel.setText(
                getTranslation("course.progress", done, course.lessons().size()));
        progressLabel.setId("course-progress-label");
        bar.getElement().setAttribute("aria-labelledby", "course-progress-label");

        var header = new Div(new H1(course.title()), new Paragraph(course.summary()));
        header.addClassName("course-header");
        var progressBox = new Div(progressLabel, bar, continueLink(course));
        progressBox.addClassName("course-progress");

        var frontMatter = renderer.render(course, course.frontMatter(), page);
        var supportText = renderer.render(course, course.support(), page);
        var about = new Details(getTranslation("course.about"), new Html(frontMatter.html()));
        about.setOpened(done == 0);
        add(header, progressBox, about);
        if (!course.contentNotes().isEmpty()) {
            var notes = new UnorderedList();
            course.contentNotes().forEach(n -> notes.add(new ListItem(n)));
            var box = new Aside(new H2(getTranslation("course.content-notes")), notes);
            box.addClassName("notice");
            add(box);
        }
        var support = new Aside(new H2(getTranslation("course.support")), new Html(supportText.html()));
        support.addClassName("support");
        var cited = new LinkedHashSet<>(frontMatter.citedReferences());
        cited.addAll(supportText.citedReferences());
        add(
                new H2(getTranslation("course.lessons")),
                LessonList.of(course, states, statuses, this::getTranslation),
                support,
                new ReferenceList(course, cited),
                unenrol(course));
    }

    private Component continueLink(Course course) {
        var lastVisited = progress.lastVisited(course.id());
        String lessonId = lastVisited.orElse(course.lessons().getFirst().id());
        boolean started = lastVisited.isPresent();
        var link = new RouterLink(
                getTranslation(started ? "course.continue" : "course.start"),
                LessonView.class,
                new RouteParameters(Map.of("courseId", course.id(), "lessonId", lessonId)));
        link.addClassName("button-link");
        link.setId("continue-link");
        return link;
    }

    private Component unenrol(Course course) {
        var button = new Button(getTranslation("course.unenrol"));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        button.addClickListener(e -> {
            var confirm = new ConfirmDialog(
                    getTranslation("course.unenrol.title"),
                    getTranslation("course.unenrol.text", course.title()),
                    getTranslation("course.unenrol"),
                    ok -> Actions.run("failure.unenrol", () -> {
                        catalog.unenrol(course.id());
                        getUI().ifPresent(ui -> RouteLinks.navigate(ui, Links.catalog()));
                    }));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("common.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        return button;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
