package org.alliance.web.editor.ui.form;

import static org.alliance.web.editor.ui.form.ItemForms.wide;

import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.alliance.core.model.GradingMethod;
import org.alliance.core.model.Level;
import org.alliance.core.model.VignetteSettings;

/** A vignette file as a form: what every vignette has, then the parts of its kind. */
final class VignetteForm {
    private VignetteForm() {}

    static Section build(FormContext ctx, Map<Object, Object> vignette, Supplier<String> path) {
        var f = new Fields(ctx, vignette, path);
        String kind = Fields.string(vignette.get("kind"));
        var id = f.fileId("form.id-file");
        var root = new Section(ctx.t("form.vignette", ctx.t("form.value." + kind)));
        var dimensions = f.ids("dimensions", "form.dimensions", ctx.ids().dimensions());
        dimensions.addValueChangeListener(e -> ctx.dimensionsChanged());
        root.fields(
                id,
                wide(f.text("title", "form.title")),
                f.choice("level", "form.level", Level.class),
                f.ids("objectives", "form.objectives", ctx.ids().objectives()),
                f.ids("concepts", "form.concepts", ctx.ids().concepts()),
                dimensions,
                wide(f.area("content_note", "form.content-note")));
        var p = new Fields(ctx, Maps.child(vignette, "persona"), f.path("persona"));
        var persona = new Section(ctx.t("form.persona"))
                .fields(
                        p.text("name", "form.persona.name"),
                        p.integer("age", "form.persona.age"),
                        wide(p.area("about", "form.persona.about")));
        ctx.register(f.path("persona"), persona);
        root.below(persona, wide(f.area("context", "form.context")));
        Supplier<List<String>> rated = () -> vignette.get("dimensions") instanceof List<?> list
                ? list.stream().map(Fields::string).toList()
                : List.of();
        switch (kind) {
            case "best_response", "rate_options" ->
                root.below(
                        new Section(ctx.t("form.client-turn"))
                                .fields(
                                        wide(f.area("client", "form.client")),
                                        f.text("cue", "form.cue"),
                                        wide(f.text("stem", "form.vignette-stem"))),
                        RatedOptions.list(ctx, vignette, path, rated));
            case "free_text" -> root.below(freeText(ctx, vignette, f));
            case "branching" -> BranchingForm.add(ctx, vignette, path, root, rated);
            default -> root.below(new Paragraph(ctx.t("form.unknown-kind", kind)));
        }
        var s = new Fields(ctx, Maps.child(vignette, "settings"), f.path("settings"));
        var d = VignetteSettings.defaults();
        var settings = new Section(ctx.t("form.settings"))
                .fields(
                        s.orDefault(s.integer("attempts", "form.attempts"), d.attempts()),
                        s.orDefault(
                                s.choice("grading_method", "form.grading-method", GradingMethod.class),
                                d.gradingMethod()));
        ctx.register(f.path("settings"), settings);
        root.below(wide(f.area("commentary", "form.commentary")), settings, AuditFields.of(ctx, vignette, path, true));
        return root;
    }

    /** The client's line, the prompt, and an example reply per rubric level; anchor overrides stay in the text. */
    private static Section freeText(FormContext ctx, Map<Object, Object> vignette, Fields f) {
        var section = new Section(ctx.t("form.client-turn"))
                .fields(
                        wide(f.area("client", "form.client")),
                        f.text("cue", "form.cue"),
                        wide(f.area("prompt", "form.prompt-free")));
        var levels = LevelFields.of(ctx, vignette, "examples", f.base(), ctx.t("form.examples"), "form.example");
        section.below(levels);
        if (vignette.get("anchors") instanceof Map<?, ?> anchors && !anchors.isEmpty()) {
            section.below(new Paragraph(ctx.t("form.anchors-in-text")));
        }
        return section;
    }
}
