package org.alliance.web.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.alliance.core.scoring.Response;
import org.alliance.web.assessment.PresentedItem;

/**
 * Each prompt with a select of the answers; the answer is complete once every prompt has one, and what is chosen
 * so far is saved as an incomplete entry.
 */
final class MatchingInput implements AnswerInput {
    private final Div layout = new Div();
    private final Map<String, Select<String>> selects = new LinkedHashMap<>();
    private final List<Runnable> listeners = new ArrayList<>();

    MatchingInput(PresentedItem.Matching item, String placeholder) {
        layout.addClassName("matching");
        Map<String, String> answers =
                item.answers().stream().collect(Collectors.toMap(PresentedItem.Choice::id, PresentedItem.Choice::text));
        for (PresentedItem.Choice prompt : item.prompts()) {
            var select = new Select<String>();
            select.setLabel(prompt.text());
            select.setItems(
                    item.answers().stream().map(PresentedItem.Choice::id).toList());
            select.setItemLabelGenerator(answers::get);
            select.setPlaceholder(placeholder);
            select.setWidthFull();
            select.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    listeners.forEach(Runnable::run);
                }
            });
            selects.put(prompt.id(), select);
            layout.add(select);
        }
    }

    @Override
    public Component component() {
        return layout;
    }

    @Override
    public Optional<Response> value() {
        Map<String, String> chosen = chosen();
        return chosen.size() < selects.size() ? Optional.empty() : Optional.of(new Response.MatchingAnswer(chosen));
    }

    @Override
    public Response entry() {
        Map<String, String> chosen = chosen();
        return chosen.isEmpty() ? new Response.Unanswered() : new Response.MatchingAnswer(chosen);
    }

    /** Prompt id to the answer chosen for it, for the prompts that have one. */
    private Map<String, String> chosen() {
        Map<String, String> chosen = new LinkedHashMap<>();
        selects.forEach((prompt, select) -> {
            if (select.getValue() != null) {
                chosen.put(prompt, select.getValue());
            }
        });
        return chosen;
    }

    @Override
    public void show(Response response) {
        if (response instanceof Response.MatchingAnswer a) {
            selects.forEach((prompt, select) -> {
                if (a.answers().containsKey(prompt)) {
                    select.setValue(a.answers().get(prompt));
                } else {
                    select.clear();
                }
            });
        } else if (response instanceof Response.Unanswered) {
            selects.values().forEach(Select::clear);
        }
    }

    @Override
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        selects.values().forEach(s -> s.setReadOnly(readOnly));
    }
}
