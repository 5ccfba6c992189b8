package org.alliance.web.vignette.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.alliance.web.vignette.VignetteViews.Option;
import org.alliance.web.vignette.VignetteViews.Play;

/**
 * Best response (choose one reply) or rate-options (rate every reply on the scale): one client statement,
 * one commitment, then the debrief.
 */
class SingleResponsePanel extends Div {
    final RadioButtonGroup<String> best = new RadioButtonGroup<>();
    final Map<String, RadioButtonGroup<Integer>> ratings = new LinkedHashMap<>();
    final Button commit = new Button();

    SingleResponsePanel(
            Play play, boolean rate, int min, int max, Consumer<String> pick, Consumer<Map<String, Integer>> rateAll) {
        addClassName("single-response");
        var prompt = play.prompt().orElseThrow();
        add(new ClientLine(play.persona().name(), prompt.client(), prompt.cue()));
        add(new Paragraph(
                prompt.question().orElse(getTranslation(rate ? "vignette.rate.question" : "vignette.best.question"))));
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        commit.setId("vignette-commit");
        if (rate) {
            List<Integer> scale = IntStream.rangeClosed(min, max).boxed().toList();
            for (Option option : prompt.options()) {
                var group = new RadioButtonGroup<Integer>(option.text());
                group.setItems(scale);
                group.setItemLabelGenerator(String::valueOf);
                group.addClassName("rating-group");
                ratings.put(option.id(), group);
                add(group);
            }
            commit.setText(getTranslation("vignette.rate.submit"));
            commit.addClickListener(e -> {
                Map<String, Integer> given = new LinkedHashMap<>();
                ratings.forEach((id, g) -> {
                    g.setInvalid(g.getValue() == null);
                    g.setErrorMessage(getTranslation("vignette.rate.missing"));
                    if (g.getValue() != null) {
                        given.put(id, g.getValue());
                    }
                });
                if (given.size() == ratings.size()) {
                    rateAll.accept(given);
                }
            });
        } else {
            Map<String, String> texts = new LinkedHashMap<>();
            prompt.options().forEach(o -> texts.put(o.id(), o.text()));
            best.setLabel(getTranslation("vignette.your-reply"));
            best.setItems(texts.keySet());
            best.setItemLabelGenerator(texts::get);
            best.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            add(best);
            commit.setText(getTranslation("vignette.respond"));
            commit.addClickListener(e -> {
                if (best.getValue() == null) {
                    best.setErrorMessage(getTranslation("vignette.choose-first"));
                    best.setInvalid(true);
                    return;
                }
                pick.accept(best.getValue());
            });
        }
        add(commit);
    }
}
