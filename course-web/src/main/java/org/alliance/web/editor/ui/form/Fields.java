package org.alliance.web.editor.ui.form;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Fields bound to one key of a YAML mapping. A cleared field removes its key, so the reader reports the
 * missing field at exactly that path; every field registers its path so its problems show on it.
 */
final class Fields {
    private static final int TYPING_PAUSE_MS = 700;

    private final FormContext ctx;
    private final Map<Object, Object> map;
    private final Supplier<String> base;

    Fields(FormContext ctx, Map<Object, Object> map, Supplier<String> base) {
        this.ctx = ctx;
        this.map = map;
        this.base = base;
    }

    /** The model path of the mapping these fields edit. */
    Supplier<String> base() {
        return base;
    }

    Supplier<String> path(String key) {
        return () -> join(base.get(), key);
    }

    TextField text(String key, String label) {
        var field = bound(new TextField(ctx.t(label)), key);
        typing(field);
        return field;
    }

    /** The id of the file's root, which names the file and so is shown but not edited here. */
    TextField fileId(String helperKey) {
        var field = text("id", "form.id");
        field.setReadOnly(true);
        field.setHelperText(ctx.t(helperKey));
        return field;
    }

    /** An id: saved when the author leaves the field, since the element's path follows it. */
    TextField id(String label) {
        var field = bound(new TextField(ctx.t(label)), "id");
        field.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        field.addClassName("form-id");
        return field;
    }

    TextArea area(String key, String label) {
        var field = bound(new TextArea(ctx.t(label)), key);
        typing(field);
        return field;
    }

    /** Says under a field what an absent key means, e.g. "Default: 1". */
    <T extends HasHelper> T orDefault(T field, Object whenAbsent) {
        String shown = whenAbsent instanceof Double d && d == Math.rint(d)
                ? Long.toString(d.longValue())
                : whenAbsent instanceof Enum<?> e
                        ? ctx.t("form.value." + e.name().toLowerCase(Locale.ROOT))
                        : String.valueOf(whenAbsent);
        field.setHelperText(ctx.t("form.default", shown));
        return field;
    }

    /** Text bound to a key: stripped, and a blank field removes the key. */
    private <F extends AbstractField<F, String>> F bound(F field, String key) {
        field.setValue(string(map.get(key)));
        field.addValueChangeListener(
                e -> put(key, e.getValue().isBlank() ? null : e.getValue().strip()));
        ctx.register(path(key), field);
        return field;
    }

    /** Entries one per line, e.g. the distractors of a matching item. */
    TextArea lines(String key, String label) {
        var field = new TextArea(ctx.t(label));
        field.setValue(
                map.get(key) instanceof List<?> list
                        ? String.join("\n", list.stream().map(Fields::string).toList())
                        : string(map.get(key)));
        typing(field);
        field.addValueChangeListener(e -> {
            List<Object> entries = new ArrayList<>(e.getValue()
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty())
                    .toList());
            put(key, entries.isEmpty() ? null : entries);
        });
        ctx.register(path(key), field);
        return field;
    }

    IntegerField integer(String key, String label) {
        var field = new IntegerField(ctx.t(label));
        field.setStepButtonsVisible(true);
        if (map.get(key) instanceof Number n) {
            field.setValue(n.intValue());
        }
        field.addValueChangeListener(e -> put(key, e.getValue()));
        ctx.register(path(key), field);
        return field;
    }

    /** A fraction such as credit or a pass mark; whole numbers are written as integers, as the writer does. */
    NumberField decimal(String key, String label) {
        var field = new NumberField(ctx.t(label));
        field.setStep(0.05);
        field.setStepButtonsVisible(true);
        if (map.get(key) instanceof Number n) {
            field.setValue(n.doubleValue());
        }
        field.addValueChangeListener(e -> put(
                key,
                e.getValue() == null
                        ? null
                        : e.getValue() == Math.rint(e.getValue())
                                ? (Object) e.getValue().longValue()
                                : e.getValue()));
        ctx.register(path(key), field);
        return field;
    }

    /** A yes/no key; an absent key shows the format's default. */
    Checkbox check(String key, String label, boolean whenAbsent) {
        var field = new Checkbox(ctx.t(label));
        field.setValue(map.get(key) instanceof Boolean b ? b : whenAbsent);
        field.addValueChangeListener(e -> put(key, e.getValue()));
        return field;
    }

    /** A flag that is absent when off (repairs, safety). */
    Checkbox flag(String key, String label) {
        var field = new Checkbox(ctx.t(label));
        field.setValue(Boolean.TRUE.equals(map.get(key)));
        field.addValueChangeListener(e -> put(key, e.getValue() ? true : null));
        return field;
    }

    /** One of an enum of the format, written as the reader reads it (lower case); labels from form.value.* keys. */
    Select<String> choice(String key, String label, Class<? extends Enum<?>> values) {
        return choice(
                key,
                label,
                Arrays.stream(values.getEnumConstants())
                        .map(v -> v.name().toLowerCase(Locale.ROOT))
                        .toList());
    }

    private Select<String> choice(String key, String label, List<String> words) {
        var field = new Select<String>();
        field.setLabel(ctx.t(label));
        List<String> items = new ArrayList<>(words);
        String current = string(map.get(key));
        if (!current.isEmpty() && !items.contains(current)) {
            items.add(current); // keep what the file says, so the validator's message about it makes sense
        }
        field.setItems(items);
        field.setItemLabelGenerator(w -> words.contains(w) ? ctx.t("form.value." + w) : w);
        if (!current.isEmpty()) {
            field.setValue(current);
        }
        field.addValueChangeListener(e -> put(key, e.getValue()));
        ctx.register(path(key), field);
        return field;
    }

    /** Ids from the course (objectives, concepts, dimensions); an id typed by hand is kept and checked. */
    MultiSelectComboBox<String> ids(String key, String label, Map<String, String> known) {
        var field = new MultiSelectComboBox<String>(ctx.t(label));
        Set<String> current = new LinkedHashSet<>();
        if (map.get(key) instanceof List<?> list) {
            list.forEach(v -> current.add(string(v)));
        }
        Set<String> items = new LinkedHashSet<>(known.keySet());
        items.addAll(current);
        field.setItems(items);
        field.setItemLabelGenerator(labelled(known));
        field.setValue(current);
        field.setAllowCustomValue(true);
        field.addCustomValueSetListener(e -> {
            String typed = e.getDetail().strip();
            if (!typed.isEmpty()) {
                items.add(typed);
                field.setItems(items);
                Set<String> value = new LinkedHashSet<>(field.getValue());
                value.add(typed);
                field.setValue(value);
            }
        });
        field.addValueChangeListener(
                e -> put(key, e.getValue().isEmpty() ? null : new ArrayList<Object>(e.getValue())));
        ctx.register(path(key), field);
        return field;
    }

    /**
     * One id from those {@code known} offers when the field is opened (misconceptions, branch targets: the
     * list may grow while the form is open); an id typed by hand is kept and checked.
     */
    ComboBox<String> reference(String key, String label, Supplier<Map<String, String>> known) {
        var field = new ComboBox<String>(ctx.t(label));
        Set<String> items = new LinkedHashSet<>();
        var provider = new ListDataProvider<>(items);
        String current = string(map.get(key));
        Runnable refresh = () -> {
            Map<String, String> now = known.get();
            items.clear();
            items.addAll(now.keySet());
            if (field.getValue() != null) {
                items.add(field.getValue());
            }
            field.setItemLabelGenerator(labelled(now));
            provider.refreshAll();
        };
        field.setItems(provider);
        field.setClearButtonVisible(true);
        field.setAllowCustomValue(true);
        if (!current.isEmpty()) {
            items.add(current);
            field.setValue(current);
        }
        refresh.run();
        field.addFocusListener(e -> refresh.run());
        field.addCustomValueSetListener(e -> {
            String typed = e.getDetail().strip();
            if (!typed.isEmpty()) {
                items.add(typed);
                provider.refreshAll();
                field.setValue(typed);
            }
        });
        field.addValueChangeListener(e -> put(key, e.getValue()));
        ctx.register(path(key), field);
        return field;
    }

    /** An id with its text ("l1-o1 · Describe the alliance"), or the bare id when it has none. */
    private static ItemLabelGenerator<String> labelled(Map<String, String> known) {
        return id -> known.containsKey(id) && !known.get(id).isBlank() ? id + " · " + known.get(id) : id;
    }

    private void typing(HasValueChangeMode field) {
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(TYPING_PAUSE_MS);
    }

    private void put(String key, Object value) {
        if (value == null) {
            map.remove(key);
        } else {
            map.put(key, value);
        }
        ctx.changed();
    }

    /** A key's model path under {@code base}; files whose root has no path (glossary, references) start bare. */
    static String join(String base, Object key) {
        return base.isEmpty() ? String.valueOf(key) : base + "." + key;
    }

    /** An element's id for its heading; "(no id yet)" for one just added. */
    static String idOf(FormContext ctx, Map<Object, Object> element) {
        String id = string(element.get("id")).strip();
        return id.isEmpty() ? ctx.t("form.no-id") : id;
    }

    static String string(Object value) {
        return value == null ? "" : String.valueOf(value);
    }
}
