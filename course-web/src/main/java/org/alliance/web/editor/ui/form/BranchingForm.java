package org.alliance.web.editor.ui.form;

import static org.alliance.web.editor.ui.form.ItemForms.wide;

import com.vaadin.flow.component.html.Paragraph;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.alliance.core.model.AllianceMeter;
import org.alliance.core.model.Outcome;
import org.alliance.web.editor.DraftIds;

/**
 * The parts of a branching vignette: where it starts, the alliance meter, the node list (each client turn with
 * its choices: ratings, feedback, meter change, where it leads) and the endings. Routing that depends on the
 * meter is shown but edited in the text view, where its conditions can be written out.
 */
final class BranchingForm {
    private BranchingForm() {}

    static void add(
            FormContext ctx,
            Map<Object, Object> vignette,
            Supplier<String> path,
            Section root,
            Supplier<List<String>> dimensions) {
        var f = new Fields(ctx, vignette, path);
        Supplier<Map<String, String>> nodes = () -> ids(vignette, "nodes", "client");
        Supplier<Map<String, String>> targets = () -> {
            Map<String, String> all = new LinkedHashMap<>(nodes.get());
            all.putAll(ids(vignette, "endings", "outcome"));
            return all;
        };
        var meter = new Fields(ctx, Maps.child(vignette, "alliance"), f.path("alliance"));
        var d = AllianceMeter.defaults();
        var alliance = new Section(ctx.t("form.meter"))
                .fields(
                        meter.orDefault(meter.integer("start", "form.meter.start"), d.start()),
                        meter.orDefault(meter.integer("min", "form.meter.min"), d.min()),
                        meter.orDefault(meter.integer("max", "form.meter.max"), d.max()));
        ctx.register(f.path("alliance"), alliance);
        root.below(
                new Section(ctx.t("form.flow")).fields(f.reference("start", "form.start", nodes)),
                alliance,
                new ListSection(
                        ctx,
                        vignette,
                        "nodes",
                        path,
                        ctx.t("form.nodes"),
                        n -> ctx.t("form.node", Fields.idOf(ctx, n)),
                        (node, nodePath) -> node(ctx, node, nodePath, targets, dimensions),
                        List.of(new ListSection.Kind(
                                ctx.t("form.node-kind"),
                                list -> Templates.map(
                                        "id",
                                        Templates.freeId(list, "n"),
                                        "client",
                                        "",
                                        "choices",
                                        Templates.list())))),
                new ListSection(
                        ctx,
                        vignette,
                        "endings",
                        path,
                        ctx.t("form.endings"),
                        e -> ctx.t("form.ending", Fields.idOf(ctx, e)),
                        (ending, endingPath) -> {
                            var ef = new Fields(ctx, ending, endingPath);
                            return new Section("")
                                    .fields(
                                            ef.id("form.id"),
                                            wide(ef.area("client", "form.client")),
                                            ef.choice("outcome", "form.outcome", Outcome.class),
                                            ef.decimal("bonus", "form.bonus"),
                                            wide(ef.area("summary", "form.summary")));
                        },
                        List.of(new ListSection.Kind(
                                ctx.t("form.ending-kind"),
                                list -> Templates.map(
                                        "id",
                                        Templates.freeId(list, "e"),
                                        "client",
                                        "",
                                        "outcome",
                                        "neutral",
                                        "bonus",
                                        0L,
                                        "summary",
                                        "")))));
    }

    private static Section node(
            FormContext ctx,
            Map<Object, Object> node,
            Supplier<String> nodePath,
            Supplier<Map<String, String>> targets,
            Supplier<List<String>> dimensions) {
        var nf = new Fields(ctx, node, nodePath);
        return new Section("")
                .fields(nf.id("form.id"), wide(nf.area("client", "form.client")), nf.text("cue", "form.cue"))
                .below(
                        new ListSection(
                                ctx,
                                node,
                                "choices",
                                nodePath,
                                ctx.t("form.choices"),
                                c -> ctx.t("form.choice", Fields.idOf(ctx, c)),
                                (choice, choicePath) -> choice(ctx, choice, choicePath, targets, dimensions),
                                List.of(new ListSection.Kind(
                                        ctx.t("form.choice-kind"),
                                        list -> Templates.map(
                                                "id",
                                                Templates.freeLetter(list),
                                                "text",
                                                "",
                                                "ratings",
                                                Templates.map(),
                                                "feedback",
                                                "",
                                                "alliance",
                                                0,
                                                "next",
                                                "")))),
                        AuditFields.of(ctx, node, nodePath, false));
    }

    private static Section choice(
            FormContext ctx,
            Map<Object, Object> choice,
            Supplier<String> choicePath,
            Supplier<Map<String, String>> targets,
            Supplier<List<String>> dimensions) {
        var cf = new Fields(ctx, choice, choicePath);
        var section = new Section("")
                .fields(
                        cf.id("form.id"),
                        wide(cf.area("text", "form.choice-text")),
                        wide(cf.area("feedback", "form.feedback")),
                        cf.reference("misconception", "form.misconception", ctx.ids()::misconceptions),
                        cf.integer("alliance", "form.alliance-change"),
                        cf.flag("repairs", "form.repairs"),
                        cf.flag("safety", "form.safety"),
                        wide(cf.text("safety_reason", "form.safety-reason")));
        if (choice.get("next") instanceof List<?>) {
            section.below(new Paragraph(ctx.t("form.next-conditional")));
        } else {
            section.fields(cf.reference("next", "form.next", targets));
        }
        if (choice.containsKey("requires")) {
            section.below(new Paragraph(ctx.t("form.requires-in-text")));
        }
        return section.below(new RatingFields(ctx, choice, choicePath, dimensions));
    }

    /** The ids of a list's elements, each labelled with the start of its {@code labelKey} text. */
    private static Map<String, String> ids(Map<Object, Object> vignette, String key, String labelKey) {
        Map<String, String> ids = new LinkedHashMap<>();
        DraftIds.byId(vignette.get(key), labelKey)
                .forEach((id, label) -> ids.put(id, label.length() > 60 ? label.substring(0, 57) + "…" : label));
        return ids;
    }
}
