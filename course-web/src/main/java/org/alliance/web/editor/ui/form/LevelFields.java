package org.alliance.web.editor.ui.form;

import static org.alliance.web.editor.ui.form.ItemForms.wide;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A text per rubric level (a dimension's anchors, a free-text vignette's example replies): one field for each
 * level of the course's scale, plus any level the file already has, so an out-of-scale level can be seen.
 */
final class LevelFields {
    private LevelFields() {}

    static Section of(
            FormContext ctx,
            Map<Object, Object> owner,
            String key,
            Supplier<String> ownerPath,
            String title,
            String levelLabel) {
        Map<Object, Object> levels = Maps.child(owner, key);
        Supplier<String> path = () -> Fields.join(ownerPath.get(), key);
        var section = new Section(title);
        ctx.register(path, section);
        List<Integer> shown = new ArrayList<>();
        for (int level = ctx.ids().scaleMin(); level <= ctx.ids().scaleMax(); level++) {
            shown.add(level);
        }
        levels.keySet().stream()
                .filter(k -> k instanceof Integer i && !shown.contains(i))
                .forEach(k -> shown.add((Integer) k));
        for (int level : shown) {
            var text = new TextArea(ctx.t(levelLabel, level));
            text.setValue(Fields.string(levels.get(level)));
            text.setValueChangeMode(ValueChangeMode.LAZY);
            text.setValueChangeTimeout(700);
            text.addValueChangeListener(e -> {
                if (e.getValue().isBlank()) {
                    levels.remove(level);
                } else {
                    levels.put(level, e.getValue().strip());
                }
                ctx.changed();
            });
            ctx.register(() -> Fields.join(path.get(), level), text);
            section.fields(wide(text));
        }
        return section;
    }
}
