package org.alliance.web.teaching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.alliance.core.model.Drill;
import org.alliance.web.account.Roles;
import org.alliance.web.catalog.CourseRaters;
import org.alliance.web.catalog.CourseStaff;
import org.alliance.web.navigation.Link;
import org.alliance.web.navigation.Links;
import org.alliance.web.navigation.Routes;
import org.alliance.web.ui.ContentHashDetails;
import org.alliance.web.ui.RouteLinks;

/**
 * One taught course: its published version, its teachers and raters, its tools and its students. To a rater
 * (an instructor the owner added to grade the course's free-text answers) it shows the grading queue only.
 */
@Route(Routes.TAUGHT_COURSE)
@RolesAllowed(Roles.INSTRUCTOR)
public class TaughtCourseView extends Div implements BeforeEnterObserver, HasDynamicTitle {
    private final transient CourseStaff staff;
    private final transient CourseRaters raters;
    private final boolean admin;
    private String title = "";
    final Div tools = new Div();

    TaughtCourseView(CourseStaff staff, CourseRaters raters, AuthenticationContext authentication) {
        this.staff = staff;
        this.raters = raters;
        this.admin = authentication.hasRole(Roles.ADMIN);
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String courseId = event.getRouteParameters().get("courseId").orElse("");
        var course = staff.taughtCourses().stream()
                .filter(c -> c.courseId().equals(courseId))
                .findFirst();
        if (course.isEmpty()) {
            var rated = raters.ratedCourses().stream()
                    .filter(c -> c.courseId().equals(courseId))
                    .findFirst();
            rated.ifPresentOrElse(this::showRated, () -> event.rerouteToError(NotFoundException.class));
            return;
        }
        removeAll();
        var c = course.get();
        title = c.title();
        var back = new RouterLink(getTranslation("teaching.back"), TeachingView.class);
        back.addClassName("breadcrumb");
        var version = new Paragraph(getTranslation("teaching.version", c.versionNumber()));
        version.addClassName("hint");
        var hash = new ContentHashDetails(c.contentHash());
        var teachers = new Paragraph(getTranslation(
                "teaching.teachers",
                c.owner(),
                c.coInstructors().isEmpty() ? "–" : String.join(", ", c.coInstructors())));
        tools.addClassName("teaching-tools");
        tools.setId("teaching-tools");
        tools.removeAll();
        tool(Links.draftEditor(courseId), "teaching.tool.edit");
        tool(Links.enrolment(courseId), "teaching.tool.enrolment");
        tool(Links.versions(courseId), "teaching.tool.versions");
        tool(Links.gradingQueue(courseId), "teaching.tool.grading");
        tool(Links.gradebook(courseId), "teaching.tool.gradebook");
        tool(Links.analysis(courseId), "teaching.tool.analysis");
        var published = staff.taught(courseId);
        if (published.stream().anyMatch(p -> p.course().activities().stream().anyMatch(Drill.class::isInstance))) {
            tool(Links.practiceReport(courseId), "teaching.tool.practice");
        }
        tool(Links.ltiCourse(courseId), "lti.course.open");
        tool(Links.exportCourse(courseId), "teaching.tool.export");
        tool(Links.copyCourse(courseId), "teaching.tool.copy");
        if (admin) {
            tool(Links.courseStaff(courseId), "teaching.tool.staff");
        }
        var previews = new UnorderedList();
        previews.addClassName("preview-list");
        published.ifPresent(p -> {
            p.course()
                    .quizzes()
                    .forEach(q ->
                            previews.add(new ListItem(RouteLinks.to(q.title(), Links.quizPreview(courseId, q.id())))));
            p.course()
                    .vignettes()
                    .forEach(v -> previews.add(
                            new ListItem(RouteLinks.to(v.title(), Links.vignettePreview(courseId, v.id())))));
        });
        var students = new UnorderedList();
        staff.students(courseId).forEach(s -> students.add(new ListItem(s)));
        add(back, new H1(c.title()), version, hash, teachers);
        if (!c.raters().isEmpty()) {
            add(ratersList(courseId, c.raters()));
        }
        add(
                tools,
                new H2(getTranslation("teaching.previews")),
                previews,
                new H2(getTranslation("teaching.students", c.students())),
                students);
    }

    /** A rater's view of the course: grading is the one thing they may do here. */
    private void showRated(CourseRaters.RatedCourse c) {
        removeAll();
        title = c.title();
        var back = new RouterLink(getTranslation("teaching.back"), TeachingView.class);
        back.addClassName("breadcrumb");
        tools.addClassName("teaching-tools");
        tools.setId("teaching-tools");
        tools.removeAll();
        tool(Links.gradingQueue(c.courseId()), "teaching.tool.grading");
        add(back, new H1(c.title()), new Paragraph(getTranslation("teaching.rater-only", c.owner())), tools);
    }

    /** The raters the owner added; the owner (or an admin) may remove one. */
    private Div ratersList(String courseId, List<String> names) {
        boolean owner = staff.owns(courseId);
        var list = new UnorderedList();
        list.setId("course-raters");
        for (String name : names) {
            var item = new ListItem(new Span(name));
            if (owner) {
                var remove = new Button(getTranslation("teaching.raters.remove"), e -> {
                    raters.remove(courseId, name);
                    item.removeFromParent();
                });
                remove.setAriaLabel(getTranslation("teaching.raters.remove-named", name));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                item.add(new Span(" "), remove);
            }
            list.add(item);
        }
        return new Div(new Paragraph(getTranslation("teaching.raters")), list);
    }

    private void tool(Link to, String key) {
        var link = RouteLinks.to(getTranslation(key), to);
        link.addClassName("tool-link");
        tools.add(link);
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
