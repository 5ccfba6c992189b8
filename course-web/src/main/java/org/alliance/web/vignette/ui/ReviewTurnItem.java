package org.alliance.web.vignette.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import org.alliance.web.vignette.AfterActionReview.ChoiceReview;
import org.alliance.web.vignette.AfterActionReview.TurnReview;
import org.jspecify.annotations.Nullable;

/**
 * One turn of the after-action review's timeline: what the client said, what the student chose with its ratings
 * and feedback, the meter before and after in words, the best reply the meter allowed with the author's reasoning,
 * the other replies on offer, and (for the owner) a button that replays from here as practice.
 */
class ReviewTurnItem extends ListItem {
    final @Nullable Button replay;

    ReviewTurnItem(TurnReview turn, String clientName, @Nullable IntConsumer replayFrom) {
        addClassName("review-turn");
        setId("review-turn-" + turn.number());
        var heading = new H3(getTranslation("vignette.review.turn", turn.number()));
        add(heading);
        List<String> flags = new ArrayList<>();
        if (turn.misstep()) {
            flags.add(getTranslation("vignette.review.flag.misstep"));
        }
        if (turn.repaired()) {
            flags.add(getTranslation("vignette.review.flag.repair"));
        }
        if (turn.safety()) {
            flags.add(getTranslation("vignette.review.flag.safety"));
        }
        if (!flags.isEmpty()) {
            var tags = new Paragraph(String.join(" · ", flags));
            tags.addClassName("review-flags");
            if (turn.misstep() || turn.safety()) {
                tags.addClassName("review-flags-warn");
            }
            add(tags);
        }
        add(new ClientLine(clientName, turn.client(), turn.cue()));
        var chose =
                new Paragraph(getTranslation("vignette.you-said", turn.chosen().text()));
        chose.addClassName("therapist-line");
        var meter = new Paragraph(getTranslation("vignette.review.meter", turn.meterBefore(), turn.meterAfter()));
        meter.addClassName("review-meter");
        meter.addClassName(turn.meterAfter() >= turn.meterBefore() ? "meter-up" : "meter-down");
        add(chose, meter, ratings(turn.chosen()), feedback(turn.chosen()));
        if (!turn.tookTheBest()) {
            turn.best().ifPresent(best -> {
                var box = new Div(
                        new H4(getTranslation("vignette.review.best")),
                        new Paragraph(getTranslation("vignette.review.reply", best.text())),
                        ratings(best),
                        feedback(best));
                box.addClassName("review-best");
                add(box);
            });
        } else {
            var took = new Paragraph(getTranslation("vignette.review.took-best"));
            took.addClassName("hint");
            add(took);
        }
        if (!turn.others().isEmpty()) {
            var list = new UnorderedList();
            list.addClassName("review-others");
            for (ChoiceReview other : turn.others()) {
                list.add(new ListItem(
                        new Paragraph(getTranslation("vignette.review.reply", other.text())),
                        ratings(other),
                        feedback(other)));
            }
            var others = new Details(
                    getTranslation("vignette.review.others", turn.others().size()), list);
            others.addClassName("review-others-details");
            add(others);
        }
        if (replayFrom != null) {
            replay = new Button(getTranslation("vignette.review.replay"), e -> replayFrom.accept(turn.number()));
            replay.setId("replay-from-" + turn.number());
            replay.getElement()
                    .setAttribute("aria-label", getTranslation("vignette.review.replay-label", turn.number()));
            replay.addThemeVariants(ButtonVariant.LUMO_SMALL);
            add(replay);
        } else {
            replay = null;
        }
    }

    private Component ratings(ChoiceReview choice) {
        var text = new StringBuilder();
        for (var r : choice.ratings()) {
            if (!text.isEmpty()) {
                text.append(" · ");
            }
            text.append(r.name()).append(' ').append(String.format(Locale.ROOT, "%.1f", r.rating()));
        }
        var line = new Paragraph(getTranslation("vignette.review.ratings", text.toString()));
        line.addClassName("review-ratings");
        return line;
    }

    private static Component feedback(ChoiceReview choice) {
        var text = new Span(choice.feedback());
        var p = new Paragraph(text);
        p.addClassName("turn-feedback");
        return p;
    }
}
