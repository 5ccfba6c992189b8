package org.alliance.web.editor.ui.form;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/**
 * A titled group of fields (a fieldset with a legend, so screen readers announce the group), with a list for
 * the problems that concern the group as a whole, e.g. "needs at least two options".
 */
class Section extends FieldSet {
    private final UnorderedList problems = new UnorderedList();
    private final Div body = new Div();

    Section(String legend) {
        super(legend);
        addClassName("form-section");
        problems.addClassName("form-problems");
        problems.setVisible(false);
        body.addClassName("form-grid");
        add(problems, body);
    }

    /** Adds to the section's field grid. */
    Section fields(Component... components) {
        body.add(components);
        return this;
    }

    /** Adds below the field grid, full width (nested lists, notes). */
    Section below(Component... components) {
        add(components);
        return this;
    }

    void showProblems(List<FormContext.Note> notes) {
        problems.removeAll();
        notes.forEach(n -> {
            var item = new ListItem(n.text());
            item.addClassName(n.error() ? "problem-error" : n.accepted() ? "problem-accepted" : "problem-warning");
            problems.add(item);
        });
        problems.setVisible(!notes.isEmpty());
    }
}
