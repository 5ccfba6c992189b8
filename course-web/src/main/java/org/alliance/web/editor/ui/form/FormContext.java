package org.alliance.web.editor.ui.form;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.details.Details;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.alliance.core.validation.Problem;
import org.alliance.core.validation.ProblemCode;
import org.alliance.web.editor.DraftIds;
import org.alliance.web.ui.ProblemText;

/**
 * What every part of one file's form shares: translations, the ids it can offer, the "something changed"
 * callback, and the register of fields and sections by model path, used to put each problem where it belongs.
 * Paths are suppliers because an element's path follows its id, which the author may change.
 */
final class FormContext {
    private final Component host;
    private final Runnable changed;
    private final DraftIds ids;
    private final List<Target> targets = new ArrayList<>();
    private final List<Runnable> dimensionListeners = new ArrayList<>();
    private static final String OWN_HELPER = "alliance.form.own-helper";

    private record Target(Supplier<String> path, Component component) {}

    /** A problem as the form words it; an accepted audit warning is neither an error nor open. */
    record Note(String text, boolean error, boolean accepted) {}

    FormContext(Component host, DraftIds ids, Runnable changed) {
        this.host = host;
        this.ids = ids;
        this.changed = changed;
    }

    String t(String key, Object... params) {
        return host.getTranslation(key, params);
    }

    DraftIds ids() {
        return ids;
    }

    void changed() {
        changed.run();
    }

    /** Fields that show problems themselves (HasValidation) or sections that list them. */
    void register(Supplier<String> path, Component component) {
        if (component instanceof HasValidation field) {
            field.setManualValidation(true); // the validator decides; the field's own checks must not undo it
        }
        targets.add(new Target(path, component));
    }

    /** Rating fields follow the vignette's dimensions; they re-render when those change. */
    void onDimensionsChanged(Runnable listener) {
        dimensionListeners.add(listener);
    }

    void dimensionsChanged() {
        List.copyOf(dimensionListeners).forEach(Runnable::run);
    }

    /**
     * Shows each problem at the registered field or section with the longest path that contains it; what fits
     * nowhere goes to {@code fallback}, the form's root. Parts no longer in the form (an element removed
     * meanwhile) are forgotten first; not by attachment, since a form may be filled before the page shows.
     */
    void place(List<Problem> problems, Section fallback) {
        targets.removeIf(t -> !within(t.component(), fallback));
        Map<Component, List<Note>> messages = new LinkedHashMap<>();
        for (Problem p : problems) {
            Component at = targetOf(p.path()).orElse(fallback);
            messages.computeIfAbsent(at, c -> new ArrayList<>())
                    .add(new Note(message(p, at instanceof HasValidation), p.isError(), p.isAccepted()));
        }
        for (Target t : targets) {
            List<Note> notes = messages.getOrDefault(t.component(), List.of());
            show(t.component(), notes);
            if (notes.stream().anyMatch(Note::error)) {
                reveal(t.component());
            }
        }
        show(fallback, messages.getOrDefault(fallback, List.of()));
    }

    private static void show(Component component, List<Note> notes) {
        switch (component) {
            case Section section -> section.showProblems(notes);
            case HasValidation field -> {
                // Only errors mark a field invalid (they block publishing); warnings, open or accepted, are
                // shown under the field in words ("Warning:", "Accepted:") in place of its helper text.
                List<Note> errors = notes.stream().filter(Note::error).toList();
                field.setErrorMessage(
                        errors.isEmpty()
                                ? null
                                : String.join(
                                        " ", errors.stream().map(Note::text).toList()));
                field.setInvalid(!errors.isEmpty());
                if (component instanceof HasHelper helped) {
                    warningsAsHelper(
                            helped,
                            notes.stream()
                                    .filter(n -> !n.error())
                                    .sorted(Comparator.comparing(Note::accepted))
                                    .map(Note::text)
                                    .toList());
                }
            }
            default -> {}
        }
    }

    /** Shows warnings as the field's helper text, keeping the helper it had for when none is left. */
    private static void warningsAsHelper(HasHelper field, List<String> accepted) {
        var component = (Component) field;
        if (!accepted.isEmpty() && ComponentUtil.getData(component, OWN_HELPER) == null) {
            ComponentUtil.setData(component, OWN_HELPER, Objects.requireNonNullElse(field.getHelperText(), ""));
        }
        Object own = ComponentUtil.getData(component, OWN_HELPER);
        if (own != null) {
            field.setHelperText(accepted.isEmpty() ? (String) own : String.join(" ", accepted));
        }
    }

    private static boolean within(Component component, Component root) {
        for (Optional<Component> at = Optional.of(component);
                at.isPresent();
                at = at.get().getParent()) {
            if (at.get() == root) {
                return true;
            }
        }
        return false;
    }

    /** The registered field or section with the longest path that contains {@code problemPath}. */
    Optional<Component> targetOf(String problemPath) {
        Component at = null;
        int best = -1;
        for (Target t : targets) {
            String path = t.path().get();
            if (path.length() > best && contains(path, problemPath)) {
                best = path.length();
                at = t.component();
            }
        }
        return Optional.ofNullable(at);
    }

    /** Opens every closed list element around a field with an error, so the error is never hidden. */
    static void reveal(Component component) {
        for (var at = component.getParent(); at.isPresent(); at = at.get().getParent()) {
            if (at.get() instanceof Details details && !details.isOpened()) {
                details.setOpened(true);
            }
        }
    }

    static boolean contains(String outer, String path) {
        return path.equals(outer)
                || path.startsWith(outer) && (path.charAt(outer.length()) == '.' || path.charAt(outer.length()) == '[');
    }

    /**
     * At its own field a problem needs neither the field's name in the file ("'pass_mark' is 1.5") nor the
     * file's syntax ("add 'misconception:'"): "required" says it all for a missing value, and a few others
     * have the form's own words, from the problem's values. Elsewhere the validator's message and hint.
     */
    private String message(Problem p, boolean atField) {
        if (atField && (p.code() == ProblemCode.MISSING_FIELD || p.code() == ProblemCode.EMPTY_TEXT)) {
            return t("form.required");
        }
        if (p.isAccepted()) {
            return t("form.audit.accepted", p.message(), p.params().getOrDefault("why", ""));
        }
        String text = atField && AT_FIELD.containsKey(p.code())
                ? AT_FIELD.get(p.code()).words(this, p)
                : ProblemText.what(host, p);
        return (p.isError() ? "" : t("form.warning") + " ") + text;
    }

    /** A message key and the problem's values it takes, in order. */
    private record FieldWords(String key, List<String> params) {
        String words(FormContext ctx, Problem p) {
            return ctx.t(
                    key,
                    params.stream()
                            .map(name -> p.params().getOrDefault(name, ""))
                            .toArray());
        }
    }

    private static final Map<ProblemCode, FieldWords> AT_FIELD = Map.of(
            ProblemCode.OUT_OF_RANGE, new FieldWords("form.problem.out-of-range", List.of("value", "range")),
            ProblemCode.EMPTY_LIST, new FieldWords("form.problem.empty-list", List.of("minimum")),
            ProblemCode.MISSING_MISCONCEPTION, new FieldWords("form.problem.missing-misconception", List.of()));
}
