package org.alliance.web.assessment.ui;

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
import java.util.Optional;
import org.alliance.web.account.Roles;
import org.alliance.web.assessment.QuizPreview;
import org.alliance.web.learning.LessonRenderer;
import org.alliance.web.navigation.Routes;

/** A teacher plays a quiz as a student would, with feedback on every check; nothing is recorded. */
@Route(Routes.QUIZ_PREVIEW)
@RouteAlias(Routes.DRAFT_QUIZ_PREVIEW)
@RolesAllowed(Roles.INSTRUCTOR)
public class QuizPreviewView extends Div implements BeforeEnterObserver, HasDynamicTitle {
    private final transient QuizPreview preview;
    private final transient LessonRenderer renderer;
    private String title = "";

    QuizPreviewView(QuizPreview preview, LessonRenderer renderer) {
        this.preview = preview;
        this.renderer = renderer;
        addClassName("page");
        addClassName("quiz-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var p = event.getRouteParameters();
        String courseId = p.get("courseId").orElse("");
        String quizId = p.get("quizId").orElse("");
        boolean draft = event.getLocation().getPath().contains("/edit/preview/");
        var quiz = preview.open(courseId, quizId, draft);
        removeAll();
        if (quiz.isEmpty()) {
            // Unknown course or activity, not one this instructor may see, or a draft activity with errors:
            // all answer the same "not found", so the answer tells nothing about what exists.
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title = getTranslation("preview.title", quiz.get().title());
        var note = new Paragraph(getTranslation(draft ? "preview.note-draft" : "preview.note"));
        note.addClassName("notice");
        add(new H1(title), note);
        int number = 1;
        for (var item : quiz.get().items()) {
            add(new ItemPanel(
                    number++,
                    item,
                    true,
                    0,
                    Optional.empty(),
                    Optional.empty(),
                    ItemPanel.Answers.unrecorded(
                            (itemId, response) -> preview.check(courseId, quizId, draft, itemId, response)),
                    renderer));
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
