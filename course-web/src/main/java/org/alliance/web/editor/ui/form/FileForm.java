package org.alliance.web.editor.ui.form;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.alliance.core.format.YamlTree;
import org.alliance.core.validation.Problem;
import org.alliance.web.editor.DraftIds;

/**
 * A file of a course (course, glossary, references, lesson, quiz, vignette, reflection, drill) as a form. Every change
 * writes the whole file back from its tree, and the caller saves it and reads the draft again with the one
 * reader; {@link #place} then shows that reading's problems for this file at their fields. Keys the form does
 * not show are kept as they are.
 */
public final class FileForm extends Div {
    private final String file;
    private final FormContext ctx;
    private final Section root;

    private FileForm(
            Component host,
            String file,
            String rootPath,
            DraftIds ids,
            Supplier<String> text,
            Consumer<String> save,
            Function<FormContext, Section> build) {
        this.file = file;
        this.ctx = new FormContext(host, ids, () -> save.accept(text.get()));
        this.root = build.apply(ctx);
        ctx.register(() -> rootPath, root);
        addClassName("file-form");
        add(new Paragraph(host.getTranslation("form.intro")), root);
    }

    /** Whether a file has a form: every file of the format (a lesson's front matter as fields, its body as text). */
    public static boolean hasForm(String file) {
        return file.matches("(course|glossary|references)\\.yaml|(quizzes|vignettes|reflections|drills)/[^/]+\\.yaml"
                + "|lessons/[^/]+\\.md");
    }

    /** The form, or empty when the file does not read as YAML yet (then only the text view can fix it). */
    public static Optional<FileForm> of(Component host, String file, String text, DraftIds ids, Consumer<String> save) {
        if (!hasForm(file)) {
            return Optional.empty();
        }
        if (file.startsWith("lessons/")) {
            return LessonForm.split(text).map(lesson -> {
                String rootPath = rootPath(file, lesson.front());
                return new FileForm(
                        host,
                        file,
                        rootPath,
                        ids,
                        lesson::text,
                        save,
                        ctx -> LessonForm.build(ctx, lesson, () -> rootPath));
            });
        }
        return YamlTree.load(text).map(tree -> {
            String rootPath = rootPath(file, tree);
            return new FileForm(
                    host,
                    file,
                    rootPath,
                    ids,
                    () -> YamlTree.dump((Map<?, ?>) Maps.pruned(tree)),
                    save,
                    ctx -> build(file, ctx, tree, () -> rootPath));
        });
    }

    private static Section build(String file, FormContext ctx, Map<Object, Object> tree, Supplier<String> path) {
        return switch (file) {
            case "course.yaml" -> CourseForms.course(ctx, tree, path);
            case "glossary.yaml" -> CourseForms.glossary(ctx, tree, path);
            case "references.yaml" -> CourseForms.references(ctx, tree, path);
            default ->
                file.startsWith("quizzes/")
                        ? QuizForm.build(ctx, tree, path)
                        : file.startsWith("reflections/")
                                ? CourseForms.reflection(ctx, tree, path)
                                : file.startsWith("drills/")
                                        ? DrillForm.build(ctx, tree, path)
                                        : VignetteForm.build(ctx, tree, path);
        };
    }

    /** The model path of the file's root, as the reader names it: {@code quizzes[q1]}, {@code course}, or none. */
    private static String rootPath(String file, Map<Object, Object> tree) {
        if (file.equals("course.yaml")) {
            return "course";
        }
        if (!file.contains("/")) {
            return "";
        }
        String folder = file.substring(0, file.indexOf('/'));
        String stem = file.substring(folder.length() + 1, file.lastIndexOf('.'));
        String id = Fields.string(tree.get("id")).strip();
        return folder + "[" + (id.isEmpty() ? stem : id) + "]";
    }

    /** Takes the user to where a problem of this file is shown: its field (focused) or its group. */
    public void reveal(Problem problem) {
        Component at = ctx.targetOf(problem.path()).orElse(root);
        FormContext.reveal(at);
        if (at instanceof Focusable<?> field) {
            field.focus();
        } else {
            at.scrollIntoView();
        }
    }

    /** Shows the problems of this file, each at its field or group; the rest at the top of the form. */
    public void place(List<Problem> problems) {
        ctx.place(problems.stream().filter(p -> p.file().equals(file)).toList(), root);
    }
}
