package org.alliance.web.vignette.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import org.alliance.core.model.VignetteKind;
import org.alliance.web.learning.LessonRenderer;
import org.alliance.web.navigation.Routes;
import org.alliance.web.ui.Actions;
import org.alliance.web.vignette.PracticeReplay;
import org.alliance.web.vignette.VignetteException;
import org.alliance.web.vignette.VignettePractice;
import org.alliance.web.vignette.VignetteViews.Play;
import org.jspecify.annotations.Nullable;

/**
 * A practice replay from a turn of a submitted session (rewind-and-repair). It plays like the graded session, with
 * the same panel, but it is not graded: nothing here changes the score, and at the end the practice ending is set
 * beside the graded one.
 */
@Route(Routes.VIGNETTE_PRACTICE)
@PermitAll
public class VignettePracticeView extends Div implements BeforeEnterObserver, HasDynamicTitle {
    private final transient VignettePractice practice;
    private final transient LessonRenderer renderer;
    private String title = "";
    private String practiceId = "";

    @Nullable
    BranchingPanel panel;

    private @Nullable Section summary;

    VignettePracticeView(VignettePractice practice, LessonRenderer renderer) {
        this.practice = practice;
        this.renderer = renderer;
        addClassName("page");
        addClassName("vignette-page");
        addClassName("practice-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        practiceId = event.getRouteParameters().get("practiceId").orElse("");
        var replay = practice.replay(practiceId);
        if (replay.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(replay.get());
    }

    private void show(PracticeReplay r) {
        removeAll();
        title = getTranslation("vignette.practice.title", r.title());
        var back = new RouterLink(
                getTranslation("vignette.practice.back"),
                AfterActionReviewView.class,
                new RouteParameters("attemptId", r.attemptId()));
        back.addClassName("breadcrumb");
        back.setId("practice-back");
        add(back, new H1(title));
        var note = new Paragraph(getTranslation("vignette.practice.note", r.fromTurn()));
        note.setId("practice-note");
        note.addClassName("notice");
        add(note);
        // The player's own panel, fed a Play made of the replay: one way to show a branching walk.
        var play = new Play(
                r.practiceId(),
                r.courseId(),
                r.vignetteId(),
                r.title(),
                VignetteKind.BRANCHING,
                r.persona(),
                "",
                r.transcript(),
                r.prompt(),
                Optional.of(r.meter()),
                List.of(),
                0,
                0,
                r.ending().isPresent());
        panel = new BranchingPanel(play, choice -> choose(choice));
        add(panel);
        summary = null;
        r.ending().ifPresent(e -> {
            var ended = new Section(
                    new H2(getTranslation("vignette.practice.ended")),
                    new Paragraph(getTranslation(
                            "vignette.practice.ending",
                            getTranslation("vignette.outcome." + e.practised().name()),
                            e.practisedMeter())),
                    new Paragraph(getTranslation("vignette.debrief.client-last", e.client())),
                    new Html(renderer.renderStandalone(e.summary())),
                    new Paragraph(getTranslation(
                            "vignette.practice.graded-ending",
                            getTranslation("vignette.outcome." + e.graded().name()),
                            e.gradedMeter())),
                    new Paragraph(getTranslation("vignette.practice.grade-unchanged")));
            ended.setId("practice-summary");
            ended.addClassName("ending");
            ended.getElement().setAttribute("tabindex", "-1");
            add(ended);
            summary = ended;
            var again = new RouterLink(
                    getTranslation("vignette.practice.back"),
                    AfterActionReviewView.class,
                    new RouteParameters("attemptId", r.attemptId()));
            again.setId("practice-done");
            add(again);
        });
    }

    private void choose(String choice) {
        Actions.run("failure.vignette-practice", () -> {
            try {
                show(practice.choose(practiceId, choice));
                // Focus goes where the next thing to read is: the client's new line, or how the replay ended.
                if (summary != null) {
                    summary.getElement().executeJs("this.focus()");
                } else if (panel != null) {
                    panel.focusClient();
                }
            } catch (VignetteException e) {
                Notification.show(getTranslation(e.messageKey()));
            }
        });
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
