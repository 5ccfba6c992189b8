package org.alliance.web.editor.ui.form;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The author's rating of a response on each rubric dimension, one number field per dimension. The dimensions
 * follow the vignette's (they re-render when those change); a dimension rated in the file but no longer
 * listed keeps its field, so the author can see and clear it. A panel of raters is left to the text view.
 */
final class RatingFields extends Section {
    private final FormContext ctx;
    private final Map<Object, Object> owner;
    private final Supplier<String> path;
    private final Supplier<List<String>> dimensions;
    private final Div grid = new Div();

    RatingFields(
            FormContext ctx, Map<Object, Object> owner, Supplier<String> ownerPath, Supplier<List<String>> dimensions) {
        super(ctx.t("form.ratings"));
        this.ctx = ctx;
        this.owner = owner;
        this.path = () -> Fields.join(ownerPath.get(), "ratings");
        this.dimensions = dimensions;
        addClassName("form-ratings");
        ctx.register(path, this);
        fields(grid);
        render();
        ctx.onDimensionsChanged(this::render);
    }

    @SuppressWarnings("unchecked")
    private void render() {
        grid.removeAll();
        if (owner.get("ratings") instanceof List<?>) {
            grid.add(new Paragraph(ctx.t("form.ratings.panel")));
            return;
        }
        if (!(owner.get("ratings") instanceof Map<?, ?>)) {
            owner.put("ratings", new Maps.CreatedMap());
        }
        Map<Object, Object> ratings = (Map<Object, Object>) owner.get("ratings");
        Set<String> shown = new LinkedHashSet<>(dimensions.get());
        ratings.keySet().forEach(k -> shown.add(String.valueOf(k)));
        int min = ctx.ids().scaleMin();
        int max = ctx.ids().scaleMax();
        for (String dimension : shown) {
            String name = ctx.ids().dimensions().getOrDefault(dimension, "");
            var field = new IntegerField(name.isBlank() ? dimension : name);
            field.setHelperText(ctx.t("form.ratings.range", min, max));
            field.setStepButtonsVisible(true);
            field.setMin(min);
            field.setMax(max);
            if (ratings.get(dimension) instanceof Number n) {
                field.setValue(n.intValue());
            }
            field.addValueChangeListener(e -> {
                if (e.getValue() == null) {
                    ratings.remove(dimension);
                } else {
                    ratings.put(dimension, e.getValue());
                }
                ctx.changed();
            });
            ctx.register(() -> path.get() + "." + dimension, field);
            grid.add(field);
        }
        if (shown.isEmpty()) {
            grid.add(new Paragraph(ctx.t("form.ratings.no-dimensions")));
        }
    }
}
