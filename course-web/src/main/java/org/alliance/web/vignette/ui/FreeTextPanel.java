package org.alliance.web.vignette.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.alliance.web.vignette.VignetteViews.Anchored;
import org.alliance.web.vignette.VignetteViews.Play;

/**
 * A free-text vignette: the student writes the therapist's reply, then rates it against the rubric anchors
 * (for their own learning; it never counts) and sends it for an instructor's grade.
 */
class FreeTextPanel extends Div {
    final TextArea reply = new TextArea();
    final Map<String, RadioButtonGroup<Integer>> selfRatings = new LinkedHashMap<>();
    final Button submit = new Button();
    final Span draftStatus = new Span();

    /** Where a reply goes as it is typed, and where the last one comes back from; nowhere in a preview. */
    interface Drafts {
        Optional<String> restore();

        boolean keep(String text);

        Drafts NONE = new Drafts() {
            @Override
            public Optional<String> restore() {
                return Optional.empty();
            }

            @Override
            public boolean keep(String text) {
                return false;
            }
        };
    }

    FreeTextPanel(Play play, BiConsumer<String, Map<String, Integer>> send) {
        this(play, send, Drafts.NONE);
    }

    FreeTextPanel(Play play, BiConsumer<String, Map<String, Integer>> send, Drafts drafts) {
        addClassName("free-text");
        var prompt = play.prompt().orElseThrow();
        add(new ClientLine(play.persona().name(), prompt.client(), prompt.cue()));
        prompt.question().ifPresent(q -> add(new Paragraph(q)));
        reply.setLabel(getTranslation("vignette.free.reply"));
        reply.setMaxLength(8000);
        reply.setWidthFull();
        reply.setMinHeight("8rem");
        reply.setId("free-text-reply");
        // Kept as typed (a second after the last key), so an ended session loses at most that second.
        reply.setValueChangeMode(ValueChangeMode.TIMEOUT);
        reply.setValueChangeTimeout(1000);
        draftStatus.setId("free-text-draft-status");
        draftStatus.addClassName("item-status");
        draftStatus.getElement().setAttribute("role", "status");
        drafts.restore().ifPresent(text -> {
            reply.setValue(text);
            draftStatus.setText(getTranslation("vignette.free.draft-restored"));
        });
        reply.addValueChangeListener(e -> {
            if (e.isFromClient() && drafts.keep(e.getValue())) {
                draftStatus.setText(getTranslation("vignette.free.draft-saved"));
            }
        });
        add(reply, draftStatus);
        add(new H2(getTranslation("vignette.free.self-heading")), new Paragraph(getTranslation("vignette.free.self")));
        for (Anchored dimension : play.rubric()) {
            var group = new RadioButtonGroup<Integer>(dimension.name());
            group.setHelperText(dimension.description());
            group.setItems(dimension.anchors().keySet());
            group.setItemLabelGenerator(
                    level -> level + " · " + dimension.anchors().get(level));
            group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            group.addClassName("self-rating");
            selfRatings.put(dimension.id(), group);
            add(group);
        }
        submit.setText(getTranslation("vignette.free.submit"));
        submit.setId("free-text-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> {
            if (reply.getValue().isBlank()) {
                reply.setErrorMessage(getTranslation("vignette.text-length"));
                reply.setInvalid(true);
                return;
            }
            Map<String, Integer> self = new LinkedHashMap<>();
            selfRatings.forEach((id, g) -> {
                if (g.getValue() != null) {
                    self.put(id, g.getValue());
                }
            });
            send.accept(reply.getValue(), self);
        });
        add(submit);
    }
}
