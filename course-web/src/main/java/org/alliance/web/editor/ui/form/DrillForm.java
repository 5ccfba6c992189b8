package org.alliance.web.editor.ui.form;

import static org.alliance.web.editor.ui.form.ItemForms.wide;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.data.provider.ListDataProvider;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.alliance.core.model.DrillHint;
import org.alliance.core.model.DrillSettings;
import org.alliance.core.model.Level;
import org.alliance.web.editor.DraftIds;

/**
 * A drill file as a form: the skill and what it rests on, its criteria and what to avoid, the automatic hints,
 * the round settings, and the client statements of each level. Paths follow the reader's, e.g.
 * {@code drills[d1].levels.beginner[b1].criteria}, so each problem of the validator lands at its field.
 */
final class DrillForm {
    private DrillForm() {}

    static Section build(FormContext ctx, Map<Object, Object> drill, Supplier<String> path) {
        var f = new Fields(ctx, drill, path);
        var root = new Section(ctx.t("editor.drill.form"));
        var references = f.lines("references", "editor.drill.references");
        references.setHelperText(ctx.t("editor.drill.references.helper"));
        root.fields(
                f.fileId("form.id-file"),
                wide(f.text("title", "form.title")),
                wide(f.area("skill", "editor.drill.skill")),
                f.ids("objectives", "form.objectives", ctx.ids().objectives()),
                f.ids("concepts", "form.concepts", ctx.ids().concepts()),
                wide(references),
                wide(f.area("content_note", "form.content-note")));
        var avoid = f.lines("avoid", "editor.drill.avoid");
        avoid.setHelperText(ctx.t("editor.drill.avoid.helper"));
        var judging = new Section(ctx.t("editor.drill.judging"))
                .fields(wide(avoid), hints(ctx, drill, f))
                .below(criteria(ctx, drill, path));
        return root.below(
                judging, settings(ctx, drill, f), levels(ctx, drill, f), AuditFields.of(ctx, drill, path, false));
    }

    /** Two to four short, observable statements of a good response, each with the id statements name it by. */
    private static ListSection criteria(FormContext ctx, Map<Object, Object> drill, Supplier<String> path) {
        return new ListSection(
                ctx,
                drill,
                "criteria",
                path,
                ctx.t("editor.drill.criteria"),
                c -> ctx.t("editor.drill.criterion", Fields.idOf(ctx, c)),
                (c, cp) -> {
                    var cf = new Fields(ctx, c, cp);
                    return new Section("")
                            .fields(cf.id("form.id"), wide(cf.area("text", "editor.drill.criterion-text")));
                },
                List.of(new ListSection.Kind(
                        ctx.t("editor.drill.criterion-kind"),
                        list -> Templates.map("id", Templates.freeId(list, "c"), "text", ""))));
    }

    /**
     * The automatic hints as one checkbox each, written in the format's order; a word the format does not
     * know stays in the file (and in the group), so the validator's message about it makes sense.
     */
    private static CheckboxGroup<String> hints(FormContext ctx, Map<Object, Object> drill, Fields f) {
        List<String> known =
                Arrays.stream(DrillHint.values()).map(DrillHint::key).toList();
        Set<String> current = new LinkedHashSet<>();
        if (drill.get("hints") instanceof List<?> list) {
            list.forEach(v -> current.add(Fields.string(v)));
        }
        List<String> items = new ArrayList<>(known);
        current.stream().filter(w -> !known.contains(w)).forEach(items::add);
        var group = new CheckboxGroup<String>(ctx.t("editor.drill.hints"));
        group.setItems(items);
        group.setItemLabelGenerator(w -> known.contains(w) ? ctx.t("editor.drill.hint." + w) : w);
        group.setValue(current);
        group.setHelperText(ctx.t("editor.drill.hints.helper"));
        group.addValueChangeListener(e -> {
            List<Object> chosen = new ArrayList<>(
                    items.stream().filter(e.getValue()::contains).toList());
            if (chosen.isEmpty()) {
                drill.remove("hints");
            } else {
                drill.put("hints", chosen);
            }
            ctx.changed();
        });
        ctx.register(f.path("hints"), group);
        return group;
    }

    private static Section settings(FormContext ctx, Map<Object, Object> drill, Fields f) {
        var s = new Fields(ctx, Maps.child(drill, "settings"), f.path("settings"));
        var d = DrillSettings.defaults();
        var section = new Section(ctx.t("form.settings"))
                .fields(
                        s.orDefault(
                                s.integer("statements_per_round", "editor.drill.statements-per-round"),
                                d.statementsPerRound()),
                        s.orDefault(s.integer("minutes", "editor.drill.minutes"), d.minutes()));
        ctx.register(f.path("settings"), section);
        return section;
    }

    /** The three levels, each a list of client statements; ids are unique across the drill, so each level has its own prefix. */
    private static Section levels(FormContext ctx, Map<Object, Object> drill, Fields f) {
        var levels = Maps.child(drill, "levels");
        Supplier<String> levelsPath = f.path("levels");
        var section = new Section(ctx.t("editor.drill.levels"));
        ctx.register(levelsPath, section);
        for (Level level : Level.values()) {
            String key = level.name().toLowerCase(Locale.ROOT);
            section.below(new ListSection(
                    ctx,
                    levels,
                    key,
                    levelsPath,
                    ctx.t("editor.drill.level." + key),
                    st -> ctx.t("editor.drill.statement", Fields.idOf(ctx, st)),
                    (st, sp) -> statement(ctx, drill, st, sp),
                    List.of(new ListSection.Kind(
                            ctx.t("editor.drill.statement-kind"),
                            list -> Templates.map(
                                    "id",
                                    Templates.freeId(list, key.substring(0, 1)),
                                    "context",
                                    "",
                                    "tone",
                                    "",
                                    "client",
                                    "",
                                    "examples",
                                    Templates.list())))));
        }
        return section;
    }

    private static Section statement(
            FormContext ctx, Map<Object, Object> drill, Map<Object, Object> statement, Supplier<String> path) {
        var sf = new Fields(ctx, statement, path);
        var criteria = criteriaOf(ctx, drill, statement, path);
        criteria.setHelperText(ctx.t("editor.drill.statement-criteria.helper"));
        var examples = sf.lines("examples", "editor.drill.examples");
        examples.setHelperText(ctx.t("editor.drill.examples.helper"));
        var poor = sf.lines("poor", "editor.drill.poor");
        poor.setHelperText(ctx.t("editor.drill.poor.helper"));
        return new Section("")
                .fields(
                        sf.id("form.id"),
                        sf.text("tone", "editor.drill.tone"),
                        wide(sf.text("context", "editor.drill.context")),
                        wide(sf.area("client", "form.client")),
                        wide(criteria),
                        wide(examples),
                        wide(poor));
    }

    /**
     * The criteria a statement is checked on, offered from the drill's criteria as they are when the field is
     * opened (one may have been added meanwhile); an id the drill lacks stays selected, so its problem shows.
     * Written in the drill's order of criteria; none chosen removes the key, which means all of them.
     */
    private static MultiSelectComboBox<String> criteriaOf(
            FormContext ctx, Map<Object, Object> drill, Map<Object, Object> statement, Supplier<String> path) {
        var field = new MultiSelectComboBox<String>(ctx.t("editor.drill.statement-criteria"));
        Set<String> items = new LinkedHashSet<>();
        var provider = new ListDataProvider<>(items);
        Runnable refresh = () -> {
            Map<String, String> known = DraftIds.byId(drill.get("criteria"), "text");
            items.clear();
            items.addAll(known.keySet());
            items.addAll(field.getValue());
            field.setItemLabelGenerator(id -> known.getOrDefault(id, "").isBlank() ? id : id + " · " + known.get(id));
            provider.refreshAll();
        };
        field.setItems(provider);
        Set<String> current = new LinkedHashSet<>();
        if (statement.get("criteria") instanceof List<?> list) {
            list.forEach(v -> current.add(Fields.string(v)));
        }
        items.addAll(current);
        field.setValue(current);
        refresh.run();
        field.addFocusListener(e -> refresh.run());
        field.addValueChangeListener(e -> {
            List<Object> chosen = new ArrayList<>(
                    items.stream().filter(e.getValue()::contains).toList());
            if (chosen.isEmpty()) {
                statement.remove("criteria");
            } else {
                statement.put("criteria", chosen);
            }
            ctx.changed();
        });
        ctx.register(() -> Fields.join(path.get(), "criteria"), field);
        return field;
    }
}
