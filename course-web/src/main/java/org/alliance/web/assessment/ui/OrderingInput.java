package org.alliance.web.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.alliance.core.scoring.Response;
import org.alliance.web.assessment.PresentedItem;

/** Steps in a list, each with move-up and move-down buttons (no drag needed, so it works by keyboard). */
final class OrderingInput implements AnswerInput {
    private final Div wrapper = new Div();
    private final OrderedList list = new OrderedList();
    private final Map<String, String> texts;
    private final BiFunction<String, String, String> label;
    private final List<Runnable> listeners = new ArrayList<>();
    private List<String> order;
    private boolean readOnly;

    /** @param label (key, step text) to the accessible label of a move button */
    OrderingInput(PresentedItem.Ordering item, BiFunction<String, String, String> label) {
        this.texts =
                item.steps().stream().collect(Collectors.toMap(PresentedItem.Choice::id, PresentedItem.Choice::text));
        this.label = label;
        this.order = new ArrayList<>(
                item.steps().stream().map(PresentedItem.Choice::id).toList());
        list.addClassName("ordering");
        wrapper.add(list);
        render();
    }

    private void render() {
        list.removeAll();
        for (int i = 0; i < order.size(); i++) {
            String id = order.get(i);
            var up = move(i, -1, VaadinIcon.ARROW_UP, label.apply("quiz.ordering.up", texts.get(id)));
            var down = move(i, 1, VaadinIcon.ARROW_DOWN, label.apply("quiz.ordering.down", texts.get(id)));
            up.setEnabled(!readOnly && i > 0);
            down.setEnabled(!readOnly && i < order.size() - 1);
            var text = new Span(texts.get(id));
            text.addClassName("step-text");
            list.add(new ListItem(text, up, down));
        }
    }

    private Button move(int index, int delta, VaadinIcon icon, String ariaLabel) {
        var button = new Button(icon.create());
        button.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(ariaLabel);
        button.addClickListener(e -> {
            var moved = order.remove(index);
            order.add(index + delta, moved);
            render();
            list.getChildren()
                    .skip(index + delta)
                    .findFirst()
                    .ifPresent(li -> li.getChildren()
                            .filter(Button.class::isInstance)
                            .map(Button.class::cast)
                            .filter(Button::isEnabled)
                            .findFirst()
                            .ifPresent(Button::focus));
            listeners.forEach(Runnable::run);
        });
        return button;
    }

    @Override
    public Component component() {
        return wrapper;
    }

    @Override
    public Optional<Response> value() {
        return Optional.of(new Response.OrderingAnswer(order));
    }

    @Override
    public void show(Response response) {
        if (response instanceof Response.OrderingAnswer a && a.stepIds().size() == order.size()) {
            order = new ArrayList<>(a.stepIds());
            render();
        }
    }

    @Override
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        render();
    }
}
