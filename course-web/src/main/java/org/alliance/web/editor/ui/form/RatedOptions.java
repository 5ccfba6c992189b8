package org.alliance.web.editor.ui.form;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Candidate responses rated on rubric dimensions, with the author's rationale: best-response and rate-options. */
final class RatedOptions {
    private RatedOptions() {}

    static ListSection list(
            FormContext ctx, Map<Object, Object> owner, Supplier<String> path, Supplier<List<String>> dimensions) {
        return new ListSection(
                ctx,
                owner,
                "options",
                path,
                ctx.t("form.options"),
                o -> ctx.t("form.option", Fields.idOf(ctx, o)),
                (o, op) -> {
                    var f = new Fields(ctx, o, op);
                    return new Section("")
                            .fields(
                                    f.id("form.id"),
                                    ItemForms.wide(f.area("text", "form.text")),
                                    f.reference("misconception", "form.misconception", ctx.ids()::misconceptions),
                                    ItemForms.wide(f.area("rationale", "form.rationale")))
                            .below(new RatingFields(ctx, o, op, dimensions));
                },
                List.of(new ListSection.Kind(
                        ctx.t("form.option-kind"),
                        list -> Templates.map(
                                "id",
                                Templates.freeLetter(list),
                                "text",
                                "",
                                "ratings",
                                Templates.map(),
                                "rationale",
                                ""))));
    }
}
