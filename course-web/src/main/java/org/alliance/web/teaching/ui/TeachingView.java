package org.alliance.web.teaching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.alliance.web.account.Roles;
import org.alliance.web.catalog.CatalogException;
import org.alliance.web.catalog.CourseRaters;
import org.alliance.web.catalog.CourseStaff;
import org.alliance.web.catalog.CourseStaff.TaughtCourse;
import org.alliance.web.editor.Drafts;
import org.alliance.web.gradebook.Analysis;
import org.alliance.web.grading.Grading;
import org.alliance.web.grading.GradingStatus;
import org.alliance.web.navigation.Links;
import org.alliance.web.navigation.Routes;
import org.alliance.web.ui.Actions;
import org.alliance.web.ui.RouteLinks;

/** The instructor's home: the courses they own or co-teach (an admin sees every course). */
@Route(Routes.TEACHING)
@RolesAllowed(Roles.INSTRUCTOR)
@Menu(title = "nav.teaching", order = 30, icon = "vaadin:academy-cap")
public class TeachingView extends Div implements HasDynamicTitle {
    final Grid<TaughtCourse> courses = new Grid<>();

    final Button newCourse = new Button();

    final UnorderedList rated = new UnorderedList();

    TeachingView(CourseStaff staff, CourseRaters raters, Drafts drafts, Grading grading, Analysis analysis) {
        addClassName("page");
        newCourse.setText(getTranslation("editor.new-course"));
        newCourse.setId("new-course");
        newCourse.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newCourse.addClickListener(e -> newCourseDialog(drafts).open());
        courses.addComponentColumn(c -> new RouterLink(
                        c.title(), TaughtCourseView.class, new RouteParameters("courseId", c.courseId())))
                .setHeader(getTranslation("teaching.col.course"))
                .setFlexGrow(3);
        courses.addColumn(TaughtCourse::students)
                .setHeader(getTranslation("teaching.col.students"))
                .setAutoWidth(true);
        courses.addComponentColumn(c ->
                        RouteLinks.to(String.valueOf(toGrade(grading, c.courseId())), Links.gradingQueue(c.courseId())))
                .setHeader(getTranslation("teaching.col.to-grade"))
                .setAutoWidth(true);
        courses.addComponentColumn(c ->
                        RouteLinks.to(String.valueOf(flagged(analysis, c.courseId())), Links.analysis(c.courseId())))
                .setHeader(getTranslation("teaching.col.flagged"))
                .setAutoWidth(true);
        courses.addColumn(c -> c.owner())
                .setHeader(getTranslation("teaching.col.owner"))
                .setAutoWidth(true);
        courses.setItems(staff.taughtCourses());
        courses.setAllRowsVisible(true);
        courses.setAriaLabel(getTranslation("teaching.courses"));
        courses.setId("taught-courses");
        var importLink = RouteLinks.to(getTranslation("teaching.import"), Links.importCourse());
        importLink.addClassName("tool-link");
        var actions = new Div(newCourse, importLink);
        actions.addClassName("teaching-tools");
        add(
                new H1(getTranslation("teaching.title")),
                new Paragraph(getTranslation("teaching.intro")),
                actions,
                courses);
        var rating = raters.ratedCourses();
        if (!rating.isEmpty()) {
            // A rater grades these courses and does nothing else in them: the link goes straight to grading.
            rating.forEach(c -> rated.add(new ListItem(RouteLinks.to(
                    getTranslation("teaching.rated.course", c.title(), toGrade(grading, c.courseId())),
                    Links.gradingQueue(c.courseId())))));
            rated.setId("rated-courses");
            add(new H2(getTranslation("teaching.rated")), new Paragraph(getTranslation("teaching.rated.intro")), rated);
        }
        var mine = drafts.myDrafts();
        if (!mine.isEmpty()) {
            var list = new UnorderedList();
            mine.forEach(id -> list.add(new ListItem(RouteLinks.to(id, Links.draftEditor(id)))));
            add(new H2(getTranslation("editor.drafts")), list);
        }
    }

    /** Free-text answers not yet released to their students. */
    private static int toGrade(Grading grading, String courseId) {
        return grading.queue(courseId)
                .map(q -> q.counts().entrySet().stream()
                        .filter(e -> e.getKey() != GradingStatus.RELEASED)
                        .mapToInt(Map.Entry::getValue)
                        .sum())
                .orElse(0);
    }

    /** Quiz items that course-core flags (too easy, too hard, discriminating poorly) from enough responses. */
    private static long flagged(Analysis analysis, String courseId) {
        return analysis.of(courseId).quizzes().stream()
                .flatMap(q -> q.items().stream())
                .filter(i -> !i.flags().isEmpty())
                .count();
    }

    private Dialog newCourseDialog(Drafts drafts) {
        var dialog = new Dialog(getTranslation("editor.new-course"));
        var id = new TextField(getTranslation("editor.new-course.id"));
        id.setHelperText(getTranslation("editor.add.id-help"));
        id.setId("new-course-id");
        var title = new TextField(getTranslation("editor.new-course.title"));
        title.setId("new-course-title");
        var create = new Button(
                getTranslation("editor.new-course.create"),
                e -> Actions.run("failure.new-course", () -> createCourse(drafts, dialog, id, title)));
        create.setId("new-course-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(id, title));
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), create);
        return dialog;
    }

    private void createCourse(Drafts drafts, Dialog dialog, TextField id, TextField title) {
        try {
            drafts.create(id.getValue().strip(), title.getValue());
            dialog.close();
            getUI().ifPresent(ui ->
                    RouteLinks.navigate(ui, Links.draftEditor(id.getValue().strip())));
        } catch (CatalogException ex) {
            id.setErrorMessage(getTranslation(ex.messageKey()));
            id.setInvalid(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("teaching.title") + " · " + getTranslation("app.name");
    }
}
