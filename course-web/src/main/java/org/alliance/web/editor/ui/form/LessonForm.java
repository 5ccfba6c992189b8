package org.alliance.web.editor.ui.form;

import static org.alliance.web.editor.ui.form.ItemForms.wide;

import com.vaadin.flow.component.textfield.TextArea;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.alliance.core.format.YamlTree;

/**
 * A lesson as a form: its front matter (title, minutes, objectives, concepts, activities in order) as fields,
 * and its Markdown body in one large field; the preview beside it renders the body as students see it.
 */
final class LessonForm {
    private LessonForm() {}

    /** A lesson split into its front matter (as a tree) and its body; empty when the front matter does not read. */
    record Parts(Map<Object, Object> front, Map<Object, Object> body) {
        String text() {
            return "---\n" + YamlTree.dump((Map<?, ?>) Maps.pruned(front)) + "---\n\n" + Fields.string(body.get("body"))
                    + "\n";
        }
    }

    static Optional<Parts> split(String text) {
        List<String> lines = text.replace("\r\n", "\n").lines().toList();
        if (lines.isEmpty() || !lines.getFirst().strip().equals("---")) {
            return Optional.empty();
        }
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).stripTrailing();
            if (line.equals("---") || line.equals("...")) {
                String front = String.join("\n", lines.subList(1, i)) + "\n";
                String body =
                        String.join("\n", lines.subList(i + 1, lines.size())).strip();
                Map<Object, Object> holder = new LinkedHashMap<>();
                holder.put("body", body);
                return YamlTree.load(front).map(tree -> new Parts(tree, holder));
            }
        }
        return Optional.empty();
    }

    static Section build(FormContext ctx, Parts lesson, Supplier<String> path) {
        var f = new Fields(ctx, lesson.front(), path);
        var root = new Section(ctx.t("form.lesson"));
        root.fields(
                f.fileId("form.id-file"),
                wide(f.text("title", "form.title")),
                f.integer("minutes", "form.minutes"),
                f.ids("concepts", "form.concepts", ctx.ids().concepts()),
                wide(f.lines("activities", "form.activities")));
        root.below(new ListSection(
                ctx,
                lesson.front(),
                "objectives",
                path,
                ctx.t("form.lesson-objectives"),
                o -> ctx.t("form.objective", Fields.idOf(ctx, o)),
                (o, op) -> {
                    var of = new Fields(ctx, o, op);
                    return new Section("").fields(of.id("form.id"), wide(of.area("text", "form.objective-text")));
                },
                List.of(new ListSection.Kind(
                        ctx.t("form.objective-kind"), list -> Templates.map("id", "", "text", "")))));
        TextArea body = new Fields(ctx, lesson.body(), path).area("body", "form.body");
        body.addClassName("lesson-body");
        root.below(wide(body), AuditFields.of(ctx, lesson.front(), path, false));
        return root;
    }
}
