package org.alliance.web.vignette.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.alliance.web.vignette.VignetteViews.Option;
import org.alliance.web.vignette.VignetteViews.Play;
import org.alliance.web.vignette.VignetteViews.Turn;
import org.jspecify.annotations.Nullable;

/**
 * A branching vignette in play: the transcript so far (each reply with the feedback it got), the alliance
 * meter, what the client says now and the replies the meter allows. The latest feedback and meter change
 * are announced through a polite live region.
 */
class BranchingPanel extends Div {
    final RadioButtonGroup<String> replies = new RadioButtonGroup<>();
    final Button respond = new Button();
    final Div announcement = new Div();
    private @Nullable ClientLine current;

    BranchingPanel(Play play, Consumer<String> choose) {
        addClassName("branching");
        announcement.addClassName("visually-hidden");
        announcement.getElement().setAttribute("aria-live", "polite");
        announcement.setId("vignette-announcement");
        add(announcement);
        play.meter().ifPresent(m -> {
            var bar = new ProgressBar(m.min(), m.max(), m.value());
            bar.setId("alliance-meter");
            var label = new Span(getTranslation("vignette.meter", m.value(), m.max()));
            label.setId("alliance-meter-label");
            bar.getElement().setAttribute("aria-labelledby", "alliance-meter-label");
            var meter = new Div(label, bar);
            meter.addClassName("alliance-meter");
            add(meter);
        });
        if (!play.transcript().isEmpty()) {
            var list = new OrderedList();
            list.addClassName("transcript");
            play.transcript().forEach(t -> list.add(turn(play, t)));
            add(new H2(getTranslation("vignette.transcript")), list);
            Turn last = play.transcript().getLast();
            announcement.setText(getTranslation("vignette.announce", last.feedback(), signed(last.meterChange())));
        }
        play.prompt().ifPresent(prompt -> {
            current = new ClientLine(play.persona().name(), prompt.client(), prompt.cue());
            current.getElement().setAttribute("tabindex", "-1");
            add(current);
            Map<String, String> texts = prompt.options().stream().collect(Collectors.toMap(Option::id, Option::text));
            replies.setLabel(getTranslation("vignette.your-reply"));
            replies.setItems(prompt.options().stream().map(Option::id).toList());
            replies.setItemLabelGenerator(texts::get);
            replies.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            replies.setId("vignette-replies");
            respond.setText(getTranslation("vignette.respond"));
            respond.setId("vignette-respond");
            respond.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            respond.addClickListener(e -> {
                if (replies.getValue() == null) {
                    replies.setErrorMessage(getTranslation("vignette.choose-first"));
                    replies.setInvalid(true);
                    return;
                }
                choose.accept(replies.getValue());
            });
            add(replies, respond);
        });
    }

    /** Moves keyboard focus to what the client says now, so the next reply starts from there. */
    void focusClient() {
        if (current != null) {
            current.getElement().executeJs("this.focus()");
        }
    }

    private ListItem turn(Play play, Turn turn) {
        var you = new Paragraph(getTranslation("vignette.you-said", turn.reply()));
        you.addClassName("therapist-line");
        var feedback = new Paragraph(turn.feedback());
        feedback.addClassName("turn-feedback");
        var change = new Span(getTranslation("vignette.meter-change", signed(turn.meterChange())));
        change.addClassName(turn.meterChange() >= 0 ? "meter-up" : "meter-down");
        return new ListItem(new ClientLine(play.persona().name(), turn.client(), turn.cue()), you, feedback, change);
    }

    private static String signed(int change) {
        return change > 0 ? "+" + change : change == 0 ? "±0" : "−" + Math.abs(change);
    }
}
