package org.alliance.web.assessment.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;
import java.util.function.BiFunction;
import org.alliance.core.scoring.Correctness;
import org.alliance.core.scoring.Response;
import org.alliance.web.assessment.AttemptException;
import org.alliance.web.assessment.PresentedItem;
import org.alliance.web.assessment.QuizViews.SavedAnswer;
import org.alliance.web.learning.LessonRenderer;
import org.jspecify.annotations.Nullable;

/**
 * One item of the player. Every change is saved as it is made: deferred behaviour saves it as the answer;
 * interactive behaviour keeps it as a pending answer (no try spent, no feedback) until the student presses
 * Check, which commits it as a try. The status line is a polite live region: "saved" appears only after the
 * server has saved the entry, and interactive feedback is announced to screen readers.
 */
class ItemPanel extends Section {
    /** What the panel asks of the server; each method throws AttemptException when it is refused. */
    interface Answers {
        /** Commits an answer: a try (interactive) or the answer itself (deferred). */
        SavedAnswer check(String itemId, Response response);

        /** Saves an entry as it is made, without checking it; false where nothing is recorded. */
        boolean keep(String itemId, Response entry);

        /** Answers that are checked on the spot and never recorded (a teacher's preview). */
        static Answers unrecorded(BiFunction<String, Response, SavedAnswer> check) {
            return new Answers() {
                @Override
                public SavedAnswer check(String itemId, Response response) {
                    return check.apply(itemId, response);
                }

                @Override
                public boolean keep(String itemId, Response entry) {
                    return false;
                }
            };
        }
    }

    final AnswerInput input;
    final Span status = new Span();
    final Div feedback = new Div();
    final Button check = new Button();
    private final PresentedItem item;
    private final boolean interactive;
    private final int triesPerItem;
    private final Answers answers;
    /** The last answer committed (interactive: the last try), to tell a changed entry from a checked one. */
    private @Nullable SavedAnswer committed;

    ItemPanel(
            int number,
            PresentedItem item,
            boolean interactive,
            int triesPerItem,
            Optional<SavedAnswer> saved,
            Optional<Response> pending,
            Answers answers,
            LessonRenderer renderer) {
        this.item = item;
        this.interactive = interactive;
        this.triesPerItem = triesPerItem;
        this.answers = answers;
        addClassName("item-panel");
        setId("item-" + item.id());
        var heading = new H2(getTranslation("quiz.item", number));
        heading.setId("item-heading-" + item.id());
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        add(heading);
        if (item instanceof PresentedItem.Choices c && c.client().isPresent()) {
            var client =
                    new Paragraph(getTranslation("quiz.client-says", c.client().get()));
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
        input.onChange(this::keep);
        if (interactive) {
            check.setText(getTranslation("quiz.check"));
            check.addClickListener(e -> check());
            add(check);
        }
        add(status, feedback);
        saved.ifPresent(s -> {
            input.show(s.response());
            showCommitted(s, false);
        });
        pending.ifPresent(entry -> {
            input.show(entry);
            showEntry(entry, true);
        });
    }

    private void keep() {
        Response entry = input.entry();
        try {
            showEntry(entry, answers.keep(item.id(), entry));
        } catch (AttemptException e) {
            refuse(e);
        }
    }

    private void check() {
        Optional<Response> value = input.value();
        if (value.isEmpty()) {
            status.setText(getTranslation("quiz.check.incomplete"));
            return;
        }
        try {
            showCommitted(answers.check(item.id(), value.get()), true);
        } catch (AttemptException e) {
            refuse(e);
        }
    }

    private void refuse(AttemptException e) {
        status.setText(getTranslation(e.messageKey()));
        input.setReadOnly(true);
        check.setEnabled(false);
    }

    /** An entry just saved (or restored): never shown as checked, and never with feedback. */
    private void showEntry(Response entry, boolean recorded) {
        if (interactive && committed != null && entry.equals(committed.response())) {
            showCommitted(committed, false); // back to the answer already checked
            return;
        }
        feedback.removeAll(); // what is shown was about another answer
        if (!recorded) {
            status.setText("");
        } else if (!interactive) {
            status.setText(
                    entry instanceof Response.Unanswered
                            ? getTranslation("quiz.cleared")
                            : input.value().isPresent()
                                    ? getTranslation("quiz.saved")
                                    : getTranslation("quiz.saved-partly"));
        } else if (committed == null) {
            status.setText(entry instanceof Response.Unanswered ? "" : getTranslation("quiz.pending"));
        } else {
            status.setText(
                    entry instanceof Response.Unanswered
                            ? getTranslation("quiz.cleared-after-tries", committed.triesUsed(), triesPerItem)
                            : getTranslation("quiz.pending-after-tries", committed.triesUsed(), triesPerItem));
            check.setText(getTranslation("quiz.check"));
        }
    }

    private void showCommitted(SavedAnswer saved, boolean justNow) {
        committed = saved;
        status.setText(getTranslation(justNow ? "quiz.saved" : "quiz.saved-before"));
        feedback.removeAll();
        if (!interactive) {
            return;
        }
        status.setText(
                triesPerItem > 0
                        ? getTranslation("quiz.tries", saved.triesUsed(), triesPerItem)
                        : getTranslation("quiz.checked"));
        saved.shown().ifPresent(shown -> {
            shown.correctness().ifPresent(c -> feedback.add(new CorrectnessLabel(c)));
            shown.feedback().forEach(text -> feedback.add(new Paragraph(text)));
        });
        boolean done = !saved.canTryAgain();
        input.setReadOnly(done);
        check.setEnabled(!done);
        check.setText(getTranslation(
                saved.shown()
                                        .flatMap(s -> s.correctness())
                                        .filter(c -> c != Correctness.CORRECT)
                                        .isPresent()
                                && !done
                        ? "quiz.try-again"
                        : "quiz.check"));
    }
}
