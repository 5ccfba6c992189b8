package org.alliance.web.vignette.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import org.alliance.core.model.VignetteKind;
import org.alliance.web.learning.LessonRenderer;
import org.alliance.web.navigation.Routes;
import org.alliance.web.ui.Actions;
import org.alliance.web.vignette.FreeTextDrafts;
import org.alliance.web.vignette.VignetteAttempts;
import org.alliance.web.vignette.VignetteException;
import org.alliance.web.vignette.VignetteViews.Play;
import org.jspecify.annotations.Nullable;

/** Plays a vignette attempt; each commitment goes to the server before anything about it is shown. */
@Route(Routes.VIGNETTE_ATTEMPT)
@PermitAll
public class VignettePlayerView extends Div implements BeforeEnterObserver, HasDynamicTitle {
    private final transient VignetteAttempts attempts;
    private final transient LessonRenderer renderer;
    private final transient FreeTextDrafts drafts;
    private String title = "";
    private String attemptId = "";

    @Nullable
    BranchingPanel branching;

    @Nullable
    SingleResponsePanel single;

    @Nullable
    FreeTextPanel freeText;

    VignettePlayerView(VignetteAttempts attempts, LessonRenderer renderer, FreeTextDrafts drafts) {
        this.attempts = attempts;
        this.drafts = drafts;
        this.renderer = renderer;
        addClassName("page");
        addClassName("vignette-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        attemptId = event.getRouteParameters().get("attemptId").orElse("");
        var play = attempts.play(attemptId);
        if (play.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (play.get().finished()) {
            event.forwardTo(VignetteDebriefView.class, new RouteParameters("attemptId", attemptId));
            return;
        }
        show(play.get());
    }

    private void show(Play play) {
        removeAll();
        title = play.title();
        add(new H1(play.title()), new PersonaCard(play.persona()));
        var context = new Html(renderer.renderStandalone(play.context()));
        add(context);
        switch (play.kind()) {
            case BRANCHING -> {
                var panel = new BranchingPanel(
                        play,
                        choice -> act(() -> {
                            Play next = attempts.choose(attemptId, choice);
                            if (next.finished()) {
                                debrief();
                            } else {
                                show(next);
                                if (branching != null) {
                                    branching.focusClient();
                                }
                            }
                        }));
                branching = panel;
                add(panel);
            }
            case BEST_RESPONSE, RATE_OPTIONS -> {
                single = new SingleResponsePanel(
                        play,
                        play.kind() == VignetteKind.RATE_OPTIONS,
                        play.scaleMin(),
                        play.scaleMax(),
                        option -> act(() -> {
                            attempts.pick(attemptId, option);
                            debrief();
                        }),
                        ratings -> act(() -> {
                            attempts.rate(attemptId, ratings);
                            debrief();
                        }));
                add(single);
            }
            case FREE_TEXT -> {
                freeText = new FreeTextPanel(
                        play,
                        (text, self) -> act(() -> {
                            attempts.submitText(attemptId, text, self);
                            debrief();
                        }),
                        new FreeTextPanel.Drafts() {
                            @Override
                            public Optional<String> restore() {
                                return drafts.draft(attemptId);
                            }

                            @Override
                            public boolean keep(String text) {
                                boolean[] kept = {false};
                                return Actions.run(
                                                "failure.vignette-draft", () -> kept[0] = drafts.save(attemptId, text))
                                        && kept[0];
                            }
                        });
                add(freeText);
            }
        }
    }

    private void act(Runnable action) {
        Actions.run("failure.vignette-response", () -> {
            try {
                action.run();
            } catch (VignetteException e) {
                Notification.show(getTranslation(e.messageKey()));
            }
        });
    }

    private void debrief() {
        getUI().ifPresent(ui -> ui.navigate(VignetteDebriefView.class, new RouteParameters("attemptId", attemptId)));
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
