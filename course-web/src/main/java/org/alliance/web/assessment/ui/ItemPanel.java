package org.alliance.web.assessment.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;
import org.alliance.core.scoring.Correctness;
import org.alliance.core.scoring.Response;
import org.alliance.web.assessment.AttemptException;
import org.alliance.web.assessment.PresentedItem;
import org.alliance.web.assessment.QuizViews.SavedAnswer;
import org.alliance.web.learning.LessonRenderer;

/**
 * One item of the player. Deferred behaviour saves each answer as it is given; interactive behaviour commits
 * a try when the student presses Check. The status line is a polite live region: "saved" appears only after
 * the server has committed the answer, and interactive feedback is announced to screen readers.
 */
class ItemPanel extends Section {
    /** Commits an answer on the server; throws AttemptException when it is refused. */
    interface Committer {
        SavedAnswer commit(String itemId, Response response);
    }

    final AnswerInput input;
    final Span status = new Span();
    final Div feedback = new Div();
    final Button check = new Button();
    private final PresentedItem item;
    private final boolean interactive;
    private final int triesPerItem;
    private final Committer committer;

    ItemPanel(int number, PresentedItem item, boolean interactive, int triesPerItem, Optional<SavedAnswer> saved,
            Committer committer, LessonRenderer renderer) {
        this.item = item;
        this.interactive = interactive;
        this.triesPerItem = triesPerItem;
        this.committer = committer;
        addClassName("item-panel");
        setId("item-" + item.id());
        var heading = new H2(getTranslation("quiz.item", number));
        heading.setId("item-heading-" + item.id());
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        add(heading);
        if (item instanceof PresentedItem.Choices c && c.client().isPresent()) {
            var client = new Paragraph(getTranslation("quiz.client-says", c.client().get()));
            client.addClassName("client-line");
            add(client);
            c.cue().ifPresent(cue -> {
                var cueText = new Paragraph(cue);
                cueText.addClassName("client-cue");
                add(cueText);
            });
        }
        add(new Html(renderer.renderStandalone(item.stem())));
        input = AnswerInputs.of(item, this::getTranslation);
        add(input.component());
        status.addClassName("item-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        feedback.addClassName("item-feedback");
        feedback.getElement().setAttribute("aria-live", "polite");
        if (interactive) {
            check.setText(getTranslation("quiz.check"));
            check.addClickListener(e -> commit());
            add(check);
        } else {
            input.onChange(this::commit);
        }
        add(status, feedback);
        saved.ifPresent(s -> {
            input.show(s.response());
            showSaved(s, false);
        });
    }

    private void commit() {
        Optional<Response> value = input.value();
        if (value.isEmpty()) {
            status.setText(getTranslation("quiz.incomplete"));
            return;
        }
        try {
            showSaved(committer.commit(item.id(), value.get()), true);
        } catch (AttemptException e) {
            status.setText(getTranslation(e.messageKey()));
            input.setReadOnly(true);
            check.setEnabled(false);
        }
    }

    private void showSaved(SavedAnswer saved, boolean justNow) {
        status.setText(getTranslation(justNow ? "quiz.saved" : "quiz.saved-before"));
        feedback.removeAll();
        if (!interactive) {
            return;
        }
        status.setText(triesPerItem > 0 ? getTranslation("quiz.tries", saved.triesUsed(), triesPerItem)
                : getTranslation("quiz.checked"));
        saved.shown().ifPresent(shown -> {
            shown.correctness().ifPresent(c -> {
                var label = new Paragraph(getTranslation("quiz.correctness." + c.name()));
                label.addClassName("correctness");
                label.addClassName(c.name().toLowerCase());
                feedback.add(label);
            });
            shown.feedback().forEach(text -> feedback.add(new Paragraph(text)));
        });
        boolean done = !saved.canTryAgain();
        input.setReadOnly(done);
        check.setEnabled(!done);
        check.setText(getTranslation(saved.shown().flatMap(s -> s.correctness())
                .filter(c -> c != Correctness.CORRECT).isPresent() && !done ? "quiz.try-again" : "quiz.check"));
    }
}
