package org.alliance.web.editor.ui.form;

import static org.alliance.web.editor.ui.form.ItemForms.wide;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.alliance.core.model.CompletionRule;
import org.alliance.core.model.GradingPolicy;
import org.alliance.core.model.RatingScale;

/**
 * The files other than quizzes and vignettes as forms: course.yaml (description, lessons, rubric, grading),
 * the glossary, the references and reflections.
 */
final class CourseForms {
    private CourseForms() {}

    static Section course(FormContext ctx, Map<Object, Object> course, Supplier<String> path) {
        var f = new Fields(ctx, course, path);
        var id = f.fileId("form.course-id");
        var root = new Section(ctx.t("form.course"));
        root.fields(
                id,
                wide(f.text("title", "form.title")),
                wide(f.area("summary", "form.summary-course")),
                wide(f.text("audience", "form.audience")),
                f.text("licence", "form.licence"),
                f.lines("authors", "form.authors"),
                wide(f.lines("lessons", "form.lessons")),
                wide(f.lines("content_notes", "form.content-notes")),
                wide(f.area("front_matter", "form.front-matter")),
                wide(f.area("support", "form.support")));
        var rubric = Maps.child(course, "rubric");
        Supplier<String> rubricPath = f.path("rubric");
        var scale = new Fields(ctx, Maps.child(rubric, "scale"), () -> Fields.join(rubricPath.get(), "scale"));
        var rubricSection = new Section(ctx.t("form.rubric"))
                .fields(
                        scale.orDefault(
                                scale.integer("min", "form.scale-min"),
                                RatingScale.defaults().min()),
                        scale.orDefault(
                                scale.integer("max", "form.scale-max"),
                                RatingScale.defaults().max()));
        ctx.register(rubricPath, rubricSection);
        rubricSection.below(new ListSection(
                ctx,
                rubric,
                "dimensions",
                rubricPath,
                ctx.t("form.dimensions"),
                d -> ctx.t("form.dimension", Fields.idOf(ctx, d)),
                (d, dp) -> {
                    var df = new Fields(ctx, d, dp);
                    return new Section("")
                            .fields(
                                    df.id("form.id"),
                                    df.text("name", "form.name"),
                                    wide(df.area("description", "form.description")))
                            .below(LevelFields.of(ctx, d, "anchors", dp, ctx.t("form.anchors"), "form.anchor"));
                },
                List.of(new ListSection.Kind(
                        ctx.t("form.dimension-kind"),
                        list -> Templates.map(
                                "id",
                                Templates.freeId(list, "d"),
                                "name",
                                "",
                                "description",
                                "",
                                "anchors",
                                Templates.map())))));
        var grading = new Fields(ctx, Maps.child(course, "grading"), f.path("grading"));
        Supplier<String> gradingPath = f.path("grading");
        var weights = new Fields(
                ctx,
                Maps.child(Maps.child(course, "grading"), "weights"),
                () -> Fields.join(gradingPath.get(), "weights"));
        var completion = new Fields(
                ctx,
                Maps.child(Maps.child(course, "grading"), "completion"),
                () -> Fields.join(gradingPath.get(), "completion"));
        var d = GradingPolicy.defaults();
        var gradingSection = new Section(ctx.t("form.grading"))
                .fields(
                        grading.orDefault(grading.decimal("pass_mark", "form.pass-mark"), d.passMark()),
                        weights.orDefault(
                                weights.decimal("quiz", "form.weight-quiz"),
                                d.weights().quiz()),
                        weights.orDefault(
                                weights.decimal("vignette", "form.weight-vignette"),
                                d.weights().vignette()),
                        weights.orDefault(
                                weights.decimal("reflection", "form.weight-reflection"),
                                d.weights().reflection()),
                        completion.orDefault(
                                completion.choice(
                                        "lessons_read", "form.completion-lessons", CompletionRule.LessonsRead.class),
                                d.completion().lessonsRead()),
                        completion.orDefault(
                                completion.choice(
                                        "activities",
                                        "form.completion-activities",
                                        CompletionRule.ActivitiesRequired.class),
                                d.completion().activities()));
        ctx.register(gradingPath, gradingSection);
        return root.below(rubricSection, gradingSection, AuditFields.of(ctx, course, path, false));
    }

    static Section glossary(FormContext ctx, Map<Object, Object> glossary, Supplier<String> path) {
        return new Section(ctx.t("form.glossary"))
                .below(new ListSection(
                        ctx,
                        glossary,
                        "concepts",
                        path,
                        ctx.t("form.concepts"),
                        c -> ctx.t("form.concept", Fields.idOf(ctx, c)),
                        (c, cp) -> {
                            var cf = new Fields(ctx, c, cp);
                            return new Section("")
                                    .fields(
                                            cf.id("form.id"),
                                            cf.text("term", "form.term"),
                                            wide(cf.area("definition", "form.definition")),
                                            wide(cf.lines("references", "form.concept-references")))
                                    .below(new ListSection(
                                            ctx,
                                            c,
                                            "misconceptions",
                                            cp,
                                            ctx.t("form.misconceptions"),
                                            m -> ctx.t("form.misconception-named", Fields.idOf(ctx, m)),
                                            (m, mp) -> {
                                                var mf = new Fields(ctx, m, mp);
                                                return new Section("")
                                                        .fields(
                                                                mf.id("form.id"),
                                                                wide(mf.area("text", "form.misconception-text")),
                                                                wide(mf.area("correction", "form.correction")));
                                            },
                                            List.of(new ListSection.Kind(
                                                    ctx.t("form.misconception-kind"),
                                                    list -> Templates.map("id", "", "text", "", "correction", "")))));
                        },
                        List.of(new ListSection.Kind(
                                ctx.t("form.concept-kind"),
                                list -> Templates.map("id", "", "term", "", "definition", "")))));
    }

    static Section references(FormContext ctx, Map<Object, Object> references, Supplier<String> path) {
        return new Section(ctx.t("form.references"))
                .below(new ListSection(
                        ctx,
                        references,
                        "references",
                        path,
                        ctx.t("form.references"),
                        r -> ctx.t("form.reference", Fields.idOf(ctx, r)),
                        (r, rp) -> {
                            var rf = new Fields(ctx, r, rp);
                            return new Section("")
                                    .fields(
                                            rf.id("form.id"),
                                            wide(rf.text("authors", "form.ref-authors")),
                                            rf.integer("year", "form.year"),
                                            wide(rf.text("title", "form.title")),
                                            wide(rf.text("source", "form.source")),
                                            rf.text("doi", "form.doi"));
                        },
                        List.of(new ListSection.Kind(
                                ctx.t("form.reference-kind"),
                                list -> Templates.map("id", "", "authors", "", "title", "", "source", "")))));
    }

    static Section reflection(FormContext ctx, Map<Object, Object> reflection, Supplier<String> path) {
        var f = new Fields(ctx, reflection, path);
        var id = f.fileId("form.id-file");
        return new Section(ctx.t("form.reflection"))
                .fields(id, wide(f.text("title", "form.title")), wide(f.area("prompt", "form.reflection-prompt")));
    }
}
