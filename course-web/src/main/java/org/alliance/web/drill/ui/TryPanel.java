package org.alliance.web.drill.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.alliance.core.model.Criterion;
import org.alliance.web.drill.DrillViews.TryView;
import org.alliance.web.ui.Actions;

/**
 * A try once sent: the response, the criteria as a checklist the student ticks for it, the example responses to
 * compare it with, any hint the drill has measured, and the choice to ask an instructor for feedback.
 */
class TryPanel extends Div {
    final CheckboxGroup<Criterion> checklist = new CheckboxGroup<>();
    final Button askFeedback = new Button();
    final Span feedbackStatus = new Span();

    TryPanel(TryView sent, DrillPracticeCalls calls) {
        addClassName("drill-try");
        getElement().setAttribute("data-try", String.valueOf(sent.number()));
        var heading = new H3(getTranslation("drill.try-heading", sent.number()));
        var response = new Paragraph(sent.response());
        response.addClassName("drill-response-text");
        add(heading, response);

        checklist.setLabel(getTranslation("drill.checklist"));
        checklist.setItems(sent.criteria());
        checklist.setItemLabelGenerator(Criterion::text);
        checklist.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        checklist.setValue(sent.criteria().stream()
                .filter(c -> sent.ticked().contains(c.id()))
                .collect(Collectors.toSet()));
        checklist.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                Set<String> ids = new HashSet<>();
                e.getValue().forEach(c -> ids.add(c.id()));
                Actions.run("failure.drill", () -> calls.tick(sent.tryId(), ids));
            }
        });
        add(checklist);

        sent.hints().forEach(hint -> {
            var p = new Paragraph(getTranslation("drill.hint." + hint));
            p.addClassName("drill-hint");
            add(p);
        });

        var examples = new UnorderedList();
        examples.addClassName("drill-examples");
        sent.examples().forEach(text -> examples.add(new ListItem(text)));
        add(new H3(getTranslation("drill.examples")), new Paragraph(getTranslation("drill.examples-note")), examples);

        askFeedback.setText(getTranslation("drill.ask-feedback"));
        askFeedback.addClassName("drill-ask-feedback");
        feedbackStatus.getElement().setAttribute("role", "status");
        feedbackStatus.addClassName("item-status");
        if (sent.feedbackRequested()) {
            sent();
        }
        askFeedback.addClickListener(e -> {
            if (Actions.run("failure.drill", () -> calls.requestFeedback(sent.tryId()))) {
                sent();
            }
        });
        add(askFeedback, feedbackStatus);
    }

    private void sent() {
        askFeedback.setEnabled(false);
        feedbackStatus.setText(getTranslation("drill.feedback-sent"));
    }

    void focusChecklist() {
        checklist.getElement().executeJs("this.focus()");
    }
}
