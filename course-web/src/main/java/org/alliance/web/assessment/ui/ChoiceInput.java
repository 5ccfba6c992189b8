package org.alliance.web.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.alliance.core.scoring.Response;
import org.alliance.web.assessment.PresentedItem;

/** Radio buttons (single choice, best response) or checkboxes (multiple response), in the attempt's order. */
final class ChoiceInput implements AnswerInput {
    private final PresentedItem.Choices item;
    private final boolean bestResponse;
    private final RadioButtonGroup<String> single = new RadioButtonGroup<>();
    private final CheckboxGroup<String> multiple = new CheckboxGroup<>();

    ChoiceInput(PresentedItem.Choices item, String label) {
        this.item = item;
        this.bestResponse = item.client().isPresent();
        Map<String, String> texts =
                item.options().stream().collect(Collectors.toMap(PresentedItem.Choice::id, PresentedItem.Choice::text));
        var ids = item.options().stream().map(PresentedItem.Choice::id).toList();
        if (item.multiple()) {
            multiple.setLabel(label);
            multiple.setItems(ids);
            multiple.setItemLabelGenerator(texts::get);
            multiple.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        } else {
            single.setLabel(label);
            single.setItems(ids);
            single.setItemLabelGenerator(texts::get);
            single.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        }
    }

    @Override
    public Component component() {
        return item.multiple() ? multiple : single;
    }

    @Override
    public Optional<Response> value() {
        if (item.multiple()) {
            return multiple.getValue().isEmpty()
                    ? Optional.empty()
                    : Optional.of(new Response.MultipleResponseAnswer(multiple.getValue()));
        }
        return Optional.ofNullable(single.getValue())
                .map(
                        bestResponse
                                ? (Function<String, Response>) Response.BestResponseAnswer::new
                                : Response.SingleChoiceAnswer::new);
    }

    @Override
    public void show(Response response) {
        switch (response) {
            case Response.SingleChoiceAnswer a -> single.setValue(a.optionId());
            case Response.BestResponseAnswer a -> single.setValue(a.optionId());
            case Response.MultipleResponseAnswer a -> multiple.setValue(a.optionIds());
            case Response.Unanswered u -> {
                single.clear();
                multiple.clear();
            }
            default -> {}
        }
    }

    @Override
    public void onChange(Runnable listener) {
        single.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                listener.run();
            }
        });
        multiple.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                listener.run();
            }
        });
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        single.setReadOnly(readOnly);
        multiple.setReadOnly(readOnly);
    }
}
