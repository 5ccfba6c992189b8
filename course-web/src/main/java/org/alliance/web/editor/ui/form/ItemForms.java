package org.alliance.web.editor.ui.form;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.alliance.core.model.ItemType;

/** The form for a quiz item, one per item type: the fields each type has in the content format. */
final class ItemForms {
    /** The item types, as the format writes them. */
    static final List<String> TYPES =
            Arrays.stream(ItemType.values()).map(ItemType::key).toList();

    private ItemForms() {}

    static Section item(FormContext ctx, Map<Object, Object> item, Supplier<String> path) {
        var f = new Fields(ctx, item, path);
        String type = Fields.string(item.get("type"));
        var section = new Section("");
        section.addClassName("form-item");
        section.fields(
                f.id("form.id"),
                f.ids("objectives", "form.objectives", ctx.ids().objectives()),
                f.ids("concepts", "form.concepts", ctx.ids().concepts()));
        if (type.equals("best_response")) {
            section.fields(wide(f.area("client", "form.client")), f.text("cue", "form.cue"));
        }
        section.fields(wide(f.area("stem", "form.stem")));
        switch (type) {
            case "single_choice" ->
                section.below(options(
                        ctx,
                        item,
                        path,
                        o -> {
                            var of = new Fields(ctx, o.map(), o.path());
                            return o.section()
                                    .fields(
                                            of.decimal("credit", "form.credit"),
                                            of.reference(
                                                    "misconception", "form.misconception", ctx.ids()::misconceptions),
                                            wide(of.area("feedback", "form.feedback")));
                        },
                        list -> Templates.map(
                                "id", Templates.freeLetter(list), "text", "", "credit", 0L, "feedback", "")));
            case "multiple_response" ->
                section.below(options(
                        ctx,
                        item,
                        path,
                        o -> {
                            var of = new Fields(ctx, o.map(), o.path());
                            return o.section()
                                    .fields(
                                            of.check("correct", "form.correct", false),
                                            of.reference(
                                                    "misconception", "form.misconception", ctx.ids()::misconceptions),
                                            wide(of.area("feedback", "form.feedback")));
                        },
                        list -> Templates.map(
                                "id", Templates.freeLetter(list), "text", "", "correct", false, "feedback", "")));
            case "true_false" -> trueFalse(ctx, item, path, f, section);
            case "matching" ->
                section.below(
                        new ListSection(
                                ctx,
                                item,
                                "pairs",
                                path,
                                ctx.t("form.pairs"),
                                p -> ctx.t("form.pair", Fields.idOf(ctx, p)),
                                (p, pp) -> {
                                    var pf = new Fields(ctx, p, pp);
                                    return new Section("")
                                            .fields(
                                                    pf.id("form.id"),
                                                    pf.text("prompt", "form.prompt"),
                                                    pf.text("match", "form.match"));
                                },
                                List.of(new ListSection.Kind(
                                        ctx.t("form.pair-kind"),
                                        list -> Templates.map(
                                                "id", Templates.freeId(list, "p"), "prompt", "", "match", "")))),
                        wide(f.lines("distractors", "form.distractors")),
                        wide(f.area("feedback", "form.feedback")));
            case "ordering" ->
                section.below(
                        new ListSection(
                                ctx,
                                item,
                                "items",
                                path,
                                ctx.t("form.steps"),
                                s -> ctx.t("form.step", Fields.idOf(ctx, s)),
                                (s, sp) -> {
                                    var sf = new Fields(ctx, s, sp);
                                    return new Section("").fields(sf.id("form.id"), wide(sf.text("text", "form.text")));
                                },
                                List.of(new ListSection.Kind(
                                        ctx.t("form.step-kind"),
                                        list -> Templates.map("id", Templates.freeId(list, "s"), "text", "")))),
                        wide(f.area("feedback", "form.feedback")));
            case "short_text" -> shortText(ctx, item, path, f, section);
            case "best_response" ->
                section.below(RatedOptions.list(
                        ctx,
                        item,
                        path,
                        () -> List.copyOf(ctx.ids().dimensions().keySet())));
            default -> section.below(new Paragraph(ctx.t("form.unknown-type", type)));
        }
        return section.below(AuditFields.of(ctx, item, path, true));
    }

    private static void trueFalse(
            FormContext ctx, Map<Object, Object> item, Supplier<String> path, Fields f, Section section) {
        var answer = new RadioButtonGroup<Boolean>(ctx.t("form.answer"));
        answer.setItems(true, false);
        answer.setItemLabelGenerator(b -> ctx.t(b ? "form.true" : "form.false"));
        if (item.get("answer") instanceof Boolean b) {
            answer.setValue(b);
        }
        answer.addValueChangeListener(e -> {
            item.put("answer", e.getValue());
            ctx.changed();
        });
        ctx.register(f.path("answer"), answer);
        var feedback = new Fields(ctx, Maps.child(item, "feedback"), f.path("feedback"));
        section.fields(
                answer,
                f.reference("misconception", "form.misconception", ctx.ids()::misconceptions),
                wide(feedback.area("true", "form.feedback-true")),
                wide(feedback.area("false", "form.feedback-false")));
    }

    private static void shortText(
            FormContext ctx, Map<Object, Object> item, Supplier<String> path, Fields f, Section section) {
        section.below(new ListSection(
                ctx,
                item,
                "accept",
                path,
                ctx.t("form.accept"),
                a -> ctx.t("form.accepted", Fields.string(a.get("text"))),
                (a, ap) -> {
                    var af = new Fields(ctx, a, ap);
                    return new Section("")
                            .fields(
                                    af.text("text", "form.text"),
                                    af.decimal("credit", "form.credit"),
                                    wide(af.area("feedback", "form.feedback")));
                },
                List.of(new ListSection.Kind(
                        ctx.t("form.accept-kind"), list -> Templates.map("text", "", "credit", 1L, "feedback", "")))));
        var normalise = new Fields(ctx, Maps.child(item, "normalise"), f.path("normalise"));
        section.below(new Section(ctx.t("form.normalise"))
                .fields(
                        normalise.check("case", "form.normalise.case", true),
                        normalise.check("whitespace", "form.normalise.whitespace", true),
                        normalise.check("punctuation", "form.normalise.punctuation", true)));
        section.below(wide(f.area("feedback_wrong", "form.feedback-wrong")));
    }

    /** An option list of a choice item: id and text, then the fields of the type. */
    private static ListSection options(
            FormContext ctx,
            Map<Object, Object> item,
            Supplier<String> path,
            Function<Option, Section> extra,
            Function<List<Object>, Map<Object, Object>> template) {
        return new ListSection(
                ctx,
                item,
                "options",
                path,
                ctx.t("form.options"),
                o -> ctx.t("form.option", Fields.idOf(ctx, o)),
                (o, op) -> {
                    var of = new Fields(ctx, o, op);
                    var section = new Section("").fields(of.id("form.id"), wide(of.area("text", "form.text")));
                    return extra.apply(new Option(o, op, section));
                },
                List.of(new ListSection.Kind(ctx.t("form.option-kind"), template)));
    }

    record Option(Map<Object, Object> map, Supplier<String> path, Section section) {}

    static <T extends Component> T wide(T field) {
        field.addClassName("form-wide");
        return field;
    }
}
