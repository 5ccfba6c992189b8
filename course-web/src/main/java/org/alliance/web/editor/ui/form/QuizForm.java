package org.alliance.web.editor.ui.form;

import java.util.Map;
import java.util.function.Supplier;
import org.alliance.core.model.Behaviour;
import org.alliance.core.model.GradingMethod;
import org.alliance.core.model.QuizSettings;

/** A quiz file as a form: title, settings, and its items, each with the form of its type. */
final class QuizForm {
    private QuizForm() {}

    static Section build(FormContext ctx, Map<Object, Object> quiz, Supplier<String> path) {
        var f = new Fields(ctx, quiz, path);
        var id = f.fileId("form.id-file");
        var root = new Section(ctx.t("form.quiz"));
        root.fields(id, ItemForms.wide(f.text("title", "form.title")));
        var s = new Fields(ctx, Maps.child(quiz, "settings"), f.path("settings"));
        var d = QuizSettings.defaults();
        var settings = new Section(ctx.t("form.settings"))
                .fields(
                        s.orDefault(s.choice("behaviour", "form.behaviour", Behaviour.class), d.behaviour()),
                        s.orDefault(s.integer("tries", "form.tries"), d.tries()),
                        s.orDefault(s.decimal("penalty", "form.penalty"), d.penalty()),
                        s.orDefault(s.integer("attempts", "form.attempts"), d.attempts()),
                        s.orDefault(
                                s.choice("grading_method", "form.grading-method", GradingMethod.class),
                                d.gradingMethod()),
                        s.orDefault(s.integer("time_limit_minutes", "form.time-limit"), d.timeLimitMinutes()),
                        s.orDefault(s.decimal("pass_mark", "form.pass-mark"), d.passMark()),
                        s.check("shuffle", "form.shuffle", d.shuffle()));
        ctx.register(f.path("settings"), settings);
        root.below(
                settings,
                AuditFields.of(ctx, quiz, path, false),
                new ListSection(
                        ctx,
                        quiz,
                        "items",
                        path,
                        ctx.t("form.items"),
                        item -> ctx.t(
                                "form.item",
                                Fields.idOf(ctx, item),
                                ctx.t("form.value." + Fields.string(item.get("type")))),
                        (item, itemPath) -> ItemForms.item(ctx, item, itemPath),
                        ItemForms.TYPES.stream()
                                .map(type -> new ListSection.Kind(
                                        ctx.t("form.value." + type), list -> Templates.item(type, list)))
                                .toList()));
        return root;
    }
}
