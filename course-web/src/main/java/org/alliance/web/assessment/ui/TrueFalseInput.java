package org.alliance.web.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import java.util.Optional;
import org.alliance.core.scoring.Response;

/** True or false, as two radio buttons. */
final class TrueFalseInput implements AnswerInput {
    private final RadioButtonGroup<Boolean> group = new RadioButtonGroup<>();

    TrueFalseInput(String label, String trueText, String falseText) {
        group.setLabel(label);
        group.setItems(List.of(Boolean.TRUE, Boolean.FALSE));
        group.setItemLabelGenerator(v -> v ? trueText : falseText);
    }

    @Override
    public Component component() {
        return group;
    }

    @Override
    public Optional<Response> value() {
        return Optional.ofNullable(group.getValue()).map(Response.TrueFalseAnswer::new);
    }

    @Override
    public void show(Response response) {
        if (response instanceof Response.TrueFalseAnswer a) {
            group.setValue(a.value());
        } else if (response instanceof Response.Unanswered) {
            group.clear();
        }
    }

    @Override
    public void onChange(Runnable listener) {
        group.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                listener.run();
            }
        });
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        group.setReadOnly(readOnly);
    }
}
