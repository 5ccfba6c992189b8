package org.alliance.web.shell.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.alliance.web.account.AccountRole;
import org.alliance.web.account.AccountService;
import org.alliance.web.account.AccountSummary;
import org.alliance.web.catalog.CourseCard;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.learning.LessonProgress;
import org.alliance.web.navigation.Links;
import org.alliance.web.navigation.Routes;
import org.alliance.web.ui.RouteLinks;

/** The signed-in start page: a greeting, the student's courses with "continue where I left off", and tasks. */
@Route(Routes.HOME)
@PermitAll
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
public class HomeView extends Div implements HasDynamicTitle {
    final H1 greeting = new H1();
    final Div courses = new Div();
    private final transient CourseCatalog catalog;
    private final transient LessonProgress lessons;

    HomeView(AccountService accounts, CourseCatalog catalog, LessonProgress lessons) {
        this.catalog = catalog;
        this.lessons = lessons;
        addClassName("page");
        AccountSummary me = accounts.currentAccount();
        greeting.setText(getTranslation("home.greeting", me.displayName()));
        var role = new Span(getTranslation("role." + me.role().name()));
        role.addClassName("role-badge");
        role.setId("home-role");
        var intro = new Paragraph(getTranslation("home.intro"));
        intro.addClassName("lead");
        add(greeting, role, intro, myCourses(), tasks(me));
    }

    private Div myCourses() {
        courses.setId("my-courses");
        courses.addClassName("course-grid");
        var mine = catalog.myCourses();
        var section = new Div(new H2(getTranslation("home.my-courses")));
        if (mine.isEmpty()) {
            section.add(
                    new Paragraph(getTranslation("home.no-courses")),
                    RouteLinks.to(getTranslation("home.browse"), Links.catalog()));
            return section;
        }
        mine.forEach(card -> courses.add(course(card)));
        section.add(courses);
        return section;
    }

    private Div course(CourseCard card) {
        var title = RouteLinks.to(card.title(), Links.course(card.id()));
        title.addClassName("course-title-link");
        var box = new Div(title);
        lessons.lastVisited(card.id()).ifPresent(lessonId -> {
            var resume = RouteLinks.to(getTranslation("course.continue"), Links.lesson(card.id(), lessonId));
            resume.addClassName("button-link");
            box.add(new Paragraph(resume));
        });
        box.addClassName("course-card");
        return box;
    }

    private Div tasks(AccountSummary me) {
        var cards = new Div();
        cards.addClassName("card-grid");
        cards.add(card(
                "home.card.progress.title",
                "home.card.progress.text",
                RouteLinks.to(getTranslation("nav.progress"), Links.progress())));
        cards.add(card(
                "home.card.account.title",
                "home.card.account.text",
                RouteLinks.to(getTranslation("nav.my-account"), Links.myAccount())));
        if (me.role() == AccountRole.ADMIN) {
            cards.add(card(
                    "home.card.users.title",
                    "home.card.users.text",
                    RouteLinks.to(getTranslation("nav.users"), Links.users())));
        }
        return cards;
    }

    private Div card(String titleKey, String textKey, RouterLink link) {
        var card = new Div(new H2(getTranslation(titleKey)), new Paragraph(getTranslation(textKey)), link);
        card.addClassName("card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home") + " · " + getTranslation("app.name");
    }
}
