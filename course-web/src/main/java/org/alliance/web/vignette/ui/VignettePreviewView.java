package org.alliance.web.vignette.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alliance.core.model.VignetteKind;
import org.alliance.core.scoring.branching.StepResult;
import org.alliance.web.account.Roles;
import org.alliance.web.learning.LessonRenderer;
import org.alliance.web.navigation.Routes;
import org.alliance.web.vignette.VignettePreview;
import org.alliance.web.vignette.VignetteViews.Play;

/** A teacher plays a vignette as a student would, through to the debrief; nothing is recorded. */
@Route(Routes.VIGNETTE_PREVIEW)
@RouteAlias(Routes.DRAFT_VIGNETTE_PREVIEW)
@RolesAllowed(Roles.INSTRUCTOR)
public class VignettePreviewView extends Div implements BeforeEnterObserver, HasDynamicTitle {
    private final transient VignettePreview preview;
    private final transient LessonRenderer renderer;
    private final List<String> path = new ArrayList<>();
    private String courseId = "";
    private String vignetteId = "";
    private boolean draft;
    private String title = "";

    VignettePreviewView(VignettePreview preview, LessonRenderer renderer) {
        this.preview = preview;
        this.renderer = renderer;
        addClassName("page");
        addClassName("vignette-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        courseId = event.getRouteParameters().get("courseId").orElse("");
        vignetteId = event.getRouteParameters().get("vignetteId").orElse("");
        draft = event.getLocation().getPath().contains("/edit/preview/");
        path.clear();
        var play = preview.play(courseId, vignetteId, draft, path);
        if (play.isEmpty()) {
            // Unknown course or activity, not one this instructor may see, or a draft activity with errors:
            // all answer the same "not found", so the answer tells nothing about what exists.
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(play.get());
    }

    private void show(Play play) {
        removeAll();
        title = getTranslation("preview.title", play.title());
        var note = new Paragraph(getTranslation(draft ? "preview.note-draft" : "preview.note"));
        note.addClassName("notice");
        add(new H1(title), note, new PersonaCard(play.persona()), new Html(renderer.renderStandalone(play.context())));
        switch (play.kind()) {
            case BRANCHING -> add(new BranchingPanel(play, this::choose));
            case BEST_RESPONSE, RATE_OPTIONS ->
                add(new SingleResponsePanel(
                        play,
                        play.kind() == VignetteKind.RATE_OPTIONS,
                        play.scaleMin(),
                        play.scaleMax(),
                        option -> debrief(option, Map.of()),
                        ratings -> debrief("", ratings)));
            case FREE_TEXT -> add(new FreeTextPanel(play, (text, self) -> debrief("", Map.of())));
        }
    }

    private void choose(String choiceId) {
        var step = preview.step(courseId, vignetteId, draft, path, choiceId);
        if (step.isEmpty() || step.get() instanceof StepResult.Rejected) {
            return;
        }
        path.add(choiceId);
        if (step.get() instanceof StepResult.Ended) {
            debrief("", Map.of());
        } else {
            preview.play(courseId, vignetteId, draft, path).ifPresent(this::show);
        }
    }

    private void debrief(String chosen, Map<String, Integer> ratings) {
        preview.debrief(courseId, vignetteId, draft, path, chosen, ratings).ifPresent(d -> {
            removeAll();
            var note = new Paragraph(getTranslation(draft ? "preview.note-draft" : "preview.note"));
            note.addClassName("notice");
            add(new H1(title), note, new DebriefPanel(d, renderer, Optional.empty(), null));
        });
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
