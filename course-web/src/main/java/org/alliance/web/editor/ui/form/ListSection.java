package org.alliance.web.editor.ui.form;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.alliance.core.format.YamlTree;

/**
 * The elements of one list in the file (items, options, nodes, choices, endings), each in its own section with
 * move up, move down and remove; and a way to add one, from a template per kind when there are several kinds.
 * A structural change re-renders this list only, then moves focus to the element it concerns.
 */
final class ListSection extends Section {
    /** One kind of element the author can add, e.g. a true/false item. */
    record Kind(String label, Function<List<Object>, Map<Object, Object>> template) {}

    private final FormContext ctx;
    private final List<Object> list;
    private final Supplier<String> listPath;
    private final Function<Map<Object, Object>, String> legend;
    private final BiFunction<Map<Object, Object>, Supplier<String>, Section> form;
    private final Div elements = new Div();
    private final Set<Object> open = Collections.newSetFromMap(new IdentityHashMap<>());

    @SuppressWarnings("unchecked")
    ListSection(
            FormContext ctx,
            Map<Object, Object> parent,
            String key,
            Supplier<String> parentPath,
            String title,
            Function<Map<Object, Object>, String> legend,
            BiFunction<Map<Object, Object>, Supplier<String>, Section> form,
            List<Kind> kinds) {
        super(title);
        this.ctx = ctx;
        if (!(parent.get(key) instanceof List<?>)) {
            parent.put(key, new Maps.CreatedList());
        }
        this.list = (List<Object>) parent.get(key);
        this.listPath = () -> Fields.join(parentPath.get(), key);
        this.legend = legend;
        this.form = form;
        addClassName("form-list");
        ctx.register(listPath, this);
        below(elements, adder(kinds));
        render(-1, null);
    }

    private Component adder(List<Kind> kinds) {
        var add = new Button(ctx.t("form.add", getLegendText()));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        if (kinds.size() == 1) {
            add.addClickListener(e -> add(kinds.getFirst()));
            return add;
        }
        var kind = new Select<Kind>();
        kind.setLabel(ctx.t("form.add-kind"));
        kind.setItems(kinds);
        kind.setItemLabelGenerator(Kind::label);
        kind.setValue(kinds.getFirst());
        add.addClickListener(e -> add(kind.getValue()));
        var row = new Div(kind, add);
        row.addClassName("form-adder");
        return row;
    }

    private void add(Kind kind) {
        list.add(kind.template().apply(list));
        render(list.size() - 1, null);
        ctx.changed();
    }

    @SuppressWarnings("unchecked")
    /** Renders the list; the element at {@code focus} is opened and focused, on {@code movedWith}'s button if set. */
    private void render(int focus, String movedWith) {
        elements.removeAll();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?>)) {
                continue; // not a mapping: the reader reports it; the text view is where to fix it
            }
            Map<Object, Object> element = (Map<Object, Object>) list.get(i);
            Supplier<String> path = () -> YamlTree.elementPath(listPath.get(), list, indexOf(element));
            Section section = form.apply(element, path);
            String name = legend.apply(element);
            section.getElement().setAttribute("aria-label", name); // the summary shows the name
            ctx.register(path, section);
            var tools = tools(element, i);
            section.below(tools);
            var details = new Details(summary(name, element), section);
            details.addClassName("form-element");
            details.setOpened(i == focus || open.contains(element) || list.size() == 1);
            details.addOpenedChangeListener(e -> {
                if (e.isOpened()) {
                    open.add(element);
                } else {
                    open.remove(element);
                }
            });
            elements.add(details);
            if (i == focus) {
                focusIn(movedWith == null ? section : tools, movedWith);
            }
        }
    }

    /**
     * Focuses the first field of a new or remaining element; after a move, the same move button of the moved
     * element (or the other one, at either end), so moving again is one key press.
     */
    private static void focusIn(Component within, String button) {
        List<Component> candidates = within.getChildren()
                .flatMap(c -> button == null ? c.getChildren() : Stream.of(c))
                .filter(c -> c instanceof Focusable<?> && (!(c instanceof Button b) || b.isEnabled()))
                .toList();
        candidates.stream()
                .filter(c -> c instanceof Button b && b.getText().equals(button))
                .findFirst()
                .or(() -> candidates.stream().findFirst())
                .ifPresent(c -> ((Focusable<?>) c).focus());
    }

    /** The element's name and the start of its main text, so a closed list still reads as a table of contents. */
    private static Component summary(String name, Map<Object, Object> element) {
        String text = "";
        for (String key : List.of("stem", "client", "text", "prompt", "term", "name", "title", "summary")) {
            if (element.get(key) instanceof String s && !s.isBlank()) {
                text = s.strip().replaceAll("\\s+", " ");
                break;
            }
        }
        var summary = new Span(new Span(name));
        if (!text.isEmpty()) {
            var excerpt = new Span(text.length() > 90 ? text.substring(0, 87) + "…" : text);
            excerpt.addClassName("form-excerpt");
            summary.add(excerpt);
        }
        return summary;
    }

    private Component tools(Map<Object, Object> element, int index) {
        String name = legend.apply(element);
        var up = new Button(ctx.t("form.up"), e -> move(index, index - 1));
        up.setAriaLabel(ctx.t("form.up-aria", name));
        up.setEnabled(index > 0);
        var down = new Button(ctx.t("form.down"), e -> move(index, index + 1));
        down.setAriaLabel(ctx.t("form.down-aria", name));
        down.setEnabled(index < list.size() - 1);
        var remove = new Button(ctx.t("form.remove"), e -> confirmRemove(index, name));
        remove.setAriaLabel(ctx.t("form.remove-aria", name));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (Button b : List.of(up, down, remove)) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        }
        var tools = new Div(up, down, remove);
        tools.addClassName("form-tools");
        return tools;
    }

    private void move(int from, int to) {
        list.add(to, list.remove(from));
        render(to, ctx.t(to < from ? "form.up" : "form.down"));
        ctx.changed();
    }

    private void confirmRemove(int index, String name) {
        var dialog = new ConfirmDialog(
                ctx.t("form.remove-title", name), ctx.t("form.remove-text"), ctx.t("form.remove"), e -> {
                    list.remove(index);
                    render(Math.min(index, list.size() - 1), null);
                    ctx.changed();
                });
        dialog.setCancelable(true);
        dialog.setCancelText(ctx.t("common.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private int indexOf(Object element) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == element) {
                return i;
            }
        }
        return -1;
    }
}
