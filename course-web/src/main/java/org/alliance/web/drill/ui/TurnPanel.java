package org.alliance.web.drill.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.alliance.core.practice.Difficulty;
import org.alliance.web.drill.DrillException;
import org.alliance.web.drill.DrillViews.Next;
import org.alliance.web.drill.DrillViews.TryView;
import org.alliance.web.drill.DrillViews.TurnView;
import org.alliance.web.ui.Actions;

/**
 * One statement of a round: the client's moment, the student's response, and after each try the checklist and
 * examples; then the difficulty rating that chooses the next statement's level.
 */
class TurnPanel extends Div {
    final TextArea response = new TextArea();
    final Button send = new Button();
    final Div tries = new Div();
    final RadioButtonGroup<Difficulty> difficulty = new RadioButtonGroup<>();
    final Button next = new Button();
    final Button stop = new Button();
    private final Span clock = new Span();
    private final Div rating = new Div();

    TurnPanel(TurnView turn, DrillPracticeCalls calls, Consumer<Next> onNext, Runnable onStop) {
        addClassName("drill-turn");
        var heading = new H2(getTranslation(
                "drill.statement-heading",
                turn.position(),
                turn.perRound(),
                getTranslation("drill.level." + turn.level().name())));
        heading.setId("drill-statement-heading");
        var context = new Paragraph(turn.context());
        context.addClassName("drill-context");
        var tone = new Paragraph(getTranslation("drill.tone", turn.tone()));
        tone.addClassName("client-cue");
        var client = new Paragraph(getTranslation("drill.client-says", turn.client()));
        client.addClassName("client-line");
        client.setId("drill-client");
        var said = new Div(client, tone);
        said.addClassName("client-turn");
        clock.addClassName("drill-clock");
        clock.setVisible(false);
        add(heading, context, said, clock, tries);
        turn.roundEndsAt()
                .ifPresent(end -> add(new Paragraph(getTranslation(
                        "drill.round-ends",
                        Math.max(
                                0,
                                java.time.Duration.between(java.time.Instant.now(), end)
                                        .toMinutes())))));

        response.setId("drill-response");
        response.setLabel(getTranslation("drill.response"));
        response.setHelperText(getTranslation("drill.response-help"));
        response.setMaxLength(4000);
        response.setWidthFull();
        response.setMinHeight("7rem");
        send.setId("drill-send");
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.addClickListener(e -> send(turn, calls));
        add(response, send);

        difficulty.setId("drill-difficulty");
        difficulty.setLabel(getTranslation("drill.difficulty"));
        difficulty.setItems(Difficulty.values());
        difficulty.setItemLabelGenerator(d -> getTranslation("drill.difficulty." + d.name()));
        next.setId("drill-next");
        next.setText(getTranslation("drill.next"));
        next.addClickListener(e -> rate(turn, calls, onNext));
        stop.setId("drill-stop");
        stop.setText(getTranslation("drill.stop"));
        stop.addThemeVariants(ButtonVariant.TERTIARY);
        stop.addClickListener(e -> onStop.run());
        rating.addClassName("drill-rating");
        rating.add(difficulty, next);
        add(rating, stop);

        turn.tries().forEach(t -> tries.add(new TryPanel(t, calls)));
        refresh(turn.tries().size());
    }

    private void send(TurnView turn, DrillPracticeCalls calls) {
        Actions.run("failure.drill", () -> {
            try {
                TryView sent = calls.respond(turn.turnId(), response.getValue());
                response.setInvalid(false);
                response.clear();
                var panel = new TryPanel(sent, calls);
                tries.add(panel);
                refresh(sent.number());
                panel.focusChecklist();
            } catch (DrillException refused) {
                response.setErrorMessage(getTranslation(refused.key()));
                response.setInvalid(true);
                response.focus();
            }
        });
    }

    private void rate(TurnView turn, DrillPracticeCalls calls, Consumer<Next> onNext) {
        if (difficulty.isEmpty()) {
            difficulty.setErrorMessage(getTranslation("drill.error.rate-choose"));
            difficulty.setInvalid(true);
            difficulty.getElement().executeJs("this.focus()");
            return;
        }
        Actions.run("failure.drill", () -> {
            try {
                onNext.accept(calls.rate(turn.turnId(), difficulty.getValue()));
            } catch (DrillException refused) {
                difficulty.setErrorMessage(getTranslation(refused.key()));
                difficulty.setInvalid(true);
            }
        });
    }

    /** Before the first try only the response field; afterwards "try again" and the rating. */
    private void refresh(int triesSent) {
        send.setText(getTranslation(triesSent == 0 ? "drill.send" : "drill.send-again"));
        response.setLabel(getTranslation(triesSent == 0 ? "drill.response" : "drill.response-again"));
        rating.setVisible(triesSent > 0);
    }

    void focusResponse() {
        response.focus();
    }

    /**
     * A visible count of the seconds on this statement, off unless the student turns it on; it runs in the
     * browser (a text update each second needs no server round trip) and is hidden from screen readers.
     */
    void showTimer(boolean on) {
        clock.setVisible(on);
        clock.getElement().setAttribute("aria-hidden", "true");
        if (on) {
            clock.getElement()
                    .executeJs("if (this.__timer) return; const t0 = Date.now();"
                            + " const tick = () => { const s = Math.floor((Date.now() - t0) / 1000);"
                            + " this.textContent = Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0'); };"
                            + " tick(); this.__timer = setInterval(tick, 1000);");
        }
    }
}
