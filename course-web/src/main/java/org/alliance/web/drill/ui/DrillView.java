package org.alliance.web.drill.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.alliance.web.drill.DrillPractice;
import org.alliance.web.drill.DrillViews.DrillPage;
import org.alliance.web.drill.DrillViews.Next;
import org.alliance.web.drill.DrillViews.RoundEnd;
import org.alliance.web.drill.DrillViews.TurnView;
import org.alliance.web.learning.LessonRenderer;
import org.alliance.web.navigation.Links;
import org.alliance.web.navigation.Routes;
import org.alliance.web.ui.Actions;
import org.alliance.web.ui.RouteLinks;

/**
 * A drill: its skill, then rounds of client statements. The student answers each in their own words, checks the
 * response against the criteria, compares it with examples, and rates how hard it felt; the rating sets the level
 * of the next statement. Ungraded.
 */
@Route(Routes.DRILL)
@PermitAll
public class DrillView extends Div implements BeforeEnterObserver, HasDynamicTitle {
    private final transient DrillPractice practice;
    private final transient LessonRenderer renderer;
    private String title = "";
    private String courseId = "";
    private String drillId = "";
    final Div round = new Div();
    final Button start = new Button();
    final Checkbox timer = new Checkbox();

    DrillView(DrillPractice practice, LessonRenderer renderer) {
        this.practice = practice;
        this.renderer = renderer;
        addClassName("page");
        addClassName("drill-page");
        round.setId("drill-round");
        start.setId("drill-start");
        start.addThemeVariants(ButtonVariant.PRIMARY);
        start.addClickListener(e -> Actions.run("failure.drill", () -> show(practice.start(courseId, drillId))));
        timer.setId("drill-timer");
        timer.setLabel(getTranslation("drill.timer"));
        timer.addValueChangeListener(e -> round.getChildren()
                .filter(TurnPanel.class::isInstance)
                .map(TurnPanel.class::cast)
                .forEach(t -> t.showTimer(e.getValue())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var p = event.getRouteParameters();
        courseId = p.get("courseId").orElse("");
        drillId = p.get("drillId").orElse("");
        var page = practice.page(courseId, drillId);
        if (page.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(page.get());
    }

    private void show(DrillPage page) {
        removeAll();
        title = page.title();
        var back = RouteLinks.to(page.courseTitle(), Links.course(page.courseId()));
        back.addClassName("breadcrumb");
        add(back, new H1(page.title()));
        var skill = new Div(new Html(renderer.renderStandalone(page.skill())));
        skill.addClassName("drill-skill");
        add(skill);
        page.contentNote().ifPresent(note -> add(hint(getTranslation("drill.content-note", note))));
        add(hint(getTranslation("drill.privacy")));
        add(new Paragraph(
                page.minutes() > 0
                        ? getTranslation("drill.how.minutes", page.perRound(), page.minutes())
                        : getTranslation("drill.how", page.perRound())));
        add(timer, round);
        page.current().ifPresentOrElse(this::show, () -> intro(page));
        if (!page.feedback().isEmpty()) {
            add(new FeedbackList(page.feedback()));
        }
    }

    private void intro(DrillPage page) {
        round.removeAll();
        if (page.roundsDone() > 0) {
            round.add(new Paragraph(getTranslation(
                    "drill.rounds-done",
                    page.roundsDone(),
                    page.levelReached()
                            .map(l -> getTranslation("drill.level." + l.name()))
                            .orElse(""))));
        }
        start.setText(getTranslation(page.roundsDone() > 0 ? "drill.start-again" : "drill.start"));
        round.add(start);
    }

    private void show(TurnView turn) {
        round.removeAll();
        var panel = new TurnPanel(
                turn,
                new DrillPracticeCalls(practice, courseId, drillId),
                this::next,
                () -> Actions.run("failure.drill", () -> {
                    practice.stop(courseId, drillId);
                    practice.page(courseId, drillId).ifPresent(this::show);
                }));
        panel.showTimer(timer.getValue());
        round.add(panel);
        panel.focusResponse();
    }

    private void next(Next next) {
        switch (next) {
            case TurnView t -> show(t);
            case RoundEnd end -> ended(end);
        }
    }

    private void ended(RoundEnd end) {
        round.removeAll();
        var heading = new H2(getTranslation("drill.round-over", end.roundNumber()));
        heading.setId("drill-round-over");
        round.add(
                heading,
                new Paragraph(getTranslation(
                        "drill.round-summary",
                        end.statements(),
                        getTranslation("drill.level." + end.reached().name()))));
        start.setText(getTranslation("drill.start-again"));
        round.add(start);
        start.focus();
    }

    private static Paragraph hint(String text) {
        var p = new Paragraph(text);
        p.addClassName("hint");
        return p;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
