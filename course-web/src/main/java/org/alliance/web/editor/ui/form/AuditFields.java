package org.alliance.web.editor.ui.form;

import static org.alliance.web.editor.ui.form.ItemForms.wide;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.alliance.core.audit.AuditCodes;
import org.alliance.core.model.Cognitive;
import org.alliance.core.validation.ProblemCode;

/**
 * The assessment audit's keys on one element: its cognitive level (items and vignettes) and the audit
 * warnings its author accepts, with the reason ({@code audit: {accept: [...], why: ...}}). The audit's
 * own findings show at the fields they concern, like every other problem; accepted ones are marked so.
 */
final class AuditFields {
    private AuditFields() {}

    static Section of(FormContext ctx, Map<Object, Object> element, Supplier<String> path, boolean cognitive) {
        var f = new Fields(ctx, element, path);
        var section = new Section(ctx.t("form.audit"));
        section.addClassName("form-audit");
        if (cognitive) {
            var level = f.choice("cognitive", "form.cognitive", Cognitive.class);
            // The empty choice is null, which the label generator must name too.
            level.setItemLabelGenerator(w -> w == null ? ctx.t("form.cognitive.unsaid") : ctx.t("form.value." + w));
            level.setEmptySelectionAllowed(true);
            level.setEmptySelectionCaption(ctx.t("form.cognitive.unsaid"));
            level.setHelperText(ctx.t("form.cognitive.helper"));
            section.fields(level);
        }
        var audit = new Fields(ctx, Maps.child(element, "audit"), f.path("audit"));
        var accept = audit.ids("accept", "form.audit.accept", codes());
        accept.setHelperText(ctx.t("form.audit.accept.helper"));
        section.fields(accept, wide(audit.area("why", "form.audit.why")));
        ctx.register(f.path("audit"), section);
        return section;
    }

    /** The warnings an author may accept, by their stable code, in the order the format documents them. */
    private static Map<String, String> codes() {
        Map<String, String> codes = new LinkedHashMap<>();
        for (ProblemCode code : ProblemCode.values()) {
            if (AuditCodes.acceptable().contains(code)) {
                codes.put(code.key(), "");
            }
        }
        return codes;
    }
}
