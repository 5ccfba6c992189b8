package org.alliance.web.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Optional;
import org.alliance.core.scoring.Response;

/**
 * A typed answer, kept a second after the last key (and when the field loses focus or Enter is pressed), so a
 * session that ends while the student types loses at most that second.
 */
final class ShortAnswerInput implements AnswerInput {
    private final TextField field = new TextField();

    ShortAnswerInput(String label) {
        field.setLabel(label);
        field.setMaxLength(500);
        field.setWidthFull();
        field.setValueChangeMode(ValueChangeMode.TIMEOUT);
        field.setValueChangeTimeout(1000);
    }

    @Override
    public Component component() {
        return field;
    }

    @Override
    public Optional<Response> value() {
        return field.getValue().isBlank()
                ? Optional.empty()
                : Optional.of(new Response.ShortTextAnswer(field.getValue()));
    }

    @Override
    public void show(Response response) {
        if (response instanceof Response.ShortTextAnswer a) {
            field.setValue(a.text());
        } else if (response instanceof Response.Unanswered) {
            field.clear();
        }
    }

    @Override
    public void onChange(Runnable listener) {
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                listener.run();
            }
        });
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        field.setReadOnly(readOnly);
    }
}
