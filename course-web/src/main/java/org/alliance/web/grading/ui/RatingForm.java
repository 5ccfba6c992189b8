package org.alliance.web.grading.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.alliance.web.vignette.VignetteViews.Anchored;

/**
 * A rating of one answer: a radio group per rubric dimension (each level labelled with its anchor), a safety
 * concern, and a comment. Radio groups keep it usable by keyboard and announce each anchor to screen readers.
 */
class RatingForm extends Div {
    final Map<String, RadioButtonGroup<Integer>> dimensions = new LinkedHashMap<>();
    final Checkbox safety = new Checkbox();
    final TextArea comment = new TextArea();

    RatingForm(
            String idPrefix,
            List<Anchored> rubric,
            List<String> shown,
            Map<String, Integer> initial,
            boolean safetyConcern,
            String initialComment,
            String commentLabel,
            int min,
            int max) {
        addClassName("rating-form");
        for (Anchored d : rubric) {
            if (!shown.contains(d.id())) {
                continue;
            }
            var group = new RadioButtonGroup<Integer>(d.name());
            group.setHelperText(d.description());
            group.setItems(IntStream.rangeClosed(min, max).boxed().toList());
            group.setItemLabelGenerator(level ->
                    d.anchors().containsKey(level) ? level + " · " + d.anchors().get(level) : Integer.toString(level));
            group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            group.setRequiredIndicatorVisible(true);
            group.setId(idPrefix + "-" + d.id());
            group.addClassName("rating-dimension");
            if (initial.containsKey(d.id())) {
                group.setValue(initial.get(d.id()));
            }
            dimensions.put(d.id(), group);
            add(group);
        }
        safety.setLabel(getTranslation("grading.safety"));
        safety.setValue(safetyConcern);
        safety.setId(idPrefix + "-safety");
        comment.setLabel(commentLabel);
        comment.setMaxLength(4000);
        comment.setWidthFull();
        comment.setValue(initialComment);
        comment.setId(idPrefix + "-comment");
        add(safety, comment);
    }

    /** The ratings given; marks each unrated dimension invalid and returns null when any is missing. */
    Map<String, Integer> ratings() {
        Map<String, Integer> given = new LinkedHashMap<>();
        boolean complete = true;
        for (var e : dimensions.entrySet()) {
            var group = e.getValue();
            if (group.getValue() == null) {
                group.setErrorMessage(getTranslation("grading.rate-every-dimension"));
                group.setInvalid(true);
                complete = false;
            } else {
                group.setInvalid(false);
                given.put(e.getKey(), group.getValue());
            }
        }
        return complete ? given : Map.of();
    }
}
