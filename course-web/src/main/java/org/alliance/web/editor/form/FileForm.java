package org.alliance.web.editor.form;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.alliance.core.format.YamlTree;
import org.alliance.core.validation.Problem;
import org.alliance.web.editor.DraftIds;

/**
 * A YAML file of a course (course, glossary, references, quiz, vignette, reflection) as a form. Every change writes the whole file back from its tree, and the caller
 * saves it and reads the draft again with the one reader; {@link #place} then shows that reading's problems
 * for this file at their fields. Keys the form does not show are kept as they are.
 */
public final class FileForm extends Div {
    private final String file;
    private final FormContext ctx;
    private final Section root;

    private FileForm(Component host, String file, Map<Object, Object> tree, DraftIds ids, Consumer<String> save) {
        this.file = file;
        this.ctx = new FormContext(host, ids, () -> save.accept(YamlTree.dump((Map<?, ?>) Maps.pruned(tree))));
        String rootPath = rootPath(file, tree);
        this.root = switch (file) {
            case "course.yaml" -> CourseForms.course(ctx, tree, () -> rootPath);
            case "glossary.yaml" -> CourseForms.glossary(ctx, tree, () -> rootPath);
            case "references.yaml" -> CourseForms.references(ctx, tree, () -> rootPath);
            default -> file.startsWith("quizzes/") ? QuizForm.build(ctx, tree, () -> rootPath)
                    : file.startsWith("reflections/") ? CourseForms.reflection(ctx, tree, () -> rootPath)
                    : VignetteForm.build(ctx, tree, () -> rootPath);
        };
        ctx.register(() -> rootPath, root);
        addClassName("file-form");
        add(new Paragraph(host.getTranslation("form.intro")), root);
    }

    /** Whether a file has a form: every YAML file of the format (lessons are Markdown, edited as text). */
    public static boolean hasForm(String file) {
        return file.matches("(course|glossary|references)\\.yaml|(quizzes|vignettes|reflections)/[^/]+\\.yaml");
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

    /** The form, or empty when the text is not yet a YAML mapping (then only the text view can fix it). */
    public static Optional<FileForm> of(Component host, String file, String text, DraftIds ids,
            Consumer<String> save) {
        if (!hasForm(file)) {
            return Optional.empty();
        }
        return YamlTree.load(text).map(tree -> new FileForm(host, file, tree, ids, save));
    }

    /** Takes the user to where a problem of this file is shown: its field (focused) or its group. */
    public void reveal(Problem problem) {
        Component at = ctx.targetOf(problem.path()).orElse(root);
        FormContext.reveal(at);
        if (at instanceof com.vaadin.flow.component.Focusable<?> field) {
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
