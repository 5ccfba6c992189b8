package org.alliance.web.editor.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.listbox.ListBox;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.alliance.core.format.ReadResult;
import org.alliance.core.model.BranchingVignette;
import org.alliance.core.validation.Problem;
import org.alliance.web.account.Roles;
import org.alliance.web.catalog.CatalogException;
import org.alliance.web.catalog.ImportResult;
import org.alliance.web.editor.DraftIds;
import org.alliance.web.editor.Drafts;
import org.alliance.web.editor.FileTemplates;
import org.alliance.web.editor.ui.form.FileForm;
import org.alliance.web.learning.LessonRenderer;
import org.alliance.web.navigation.Links;
import org.alliance.web.navigation.Routes;
import org.alliance.web.ui.Actions;
import org.alliance.web.ui.ProblemText;
import org.alliance.web.ui.RouteLinks;

/**
 * Edits a course draft as its files; quizzes and vignettes also as forms (see {@link FileForm}). Each change is saved as typed and the whole draft is read again by
 * the one reader: every problem shows with its file and line, message and hint, in words; lessons preview as
 * students will see them; branching vignettes show their branches. Publishing needs zero errors.
 */
@Route(Routes.DRAFT_EDITOR)
@RolesAllowed(Roles.INSTRUCTOR)
public class DraftEditorView extends Div implements BeforeEnterObserver, HasDynamicTitle {
    private final transient Drafts drafts;
    private final transient LessonRenderer renderer;
    final ListBox<String> files = new ListBox<>();
    final TextArea editor = new TextArea();
    final UnorderedList problems = new UnorderedList();
    final Span status = new Span();
    final Div preview = new Div();
    final Button publish = new Button();
    /** Radio buttons, not tabs: Vaadin's tab strip fails axe's tablist rule. */
    final RadioButtonGroup<Boolean> asForm = new RadioButtonGroup<>();

    final Div formHolder = new Div();
    final Anchor previewDraft = new Anchor();
    private final Div layout = new Div();
    private FileForm form;
    private String courseId = "";
    private Map<String, String> content = Map.of();

    DraftEditorView(Drafts drafts, LessonRenderer renderer) {
        this.drafts = drafts;
        this.renderer = renderer;
        addClassName("editor-page");
        listen();
    }

    /**
     * Once, here: the router calls {@link #beforeEnter} again whenever the view is re-entered (the same route,
     * another course), and listeners added there would react once more each time (a click publishing twice).
     */
    private void listen() {
        files.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                open(e.getValue());
            }
        });
        asForm.addValueChangeListener(e -> {
            if (e.isFromClient() && files.getValue() != null) {
                open(files.getValue());
            }
        });
        editor.addValueChangeListener(e -> {
            if (e.isFromClient() && files.getValue() != null) {
                Actions.run("failure.draft-save", () -> save(files.getValue(), e.getValue()));
            }
        });
        publish.addClickListener(e -> Actions.run("failure.publish", this::publish));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        courseId = event.getRouteParameters().get("courseId").orElse("");
        var draft = drafts.open(courseId);
        if (draft.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        content = new TreeMap<>(draft.get());
        build();
    }

    private void build() {
        removeAll();
        files.setItems(content.keySet());
        files.setAriaLabel(getTranslation("editor.files"));
        asForm.setLabel(getTranslation("editor.mode"));
        asForm.setId("editor-mode");
        asForm.setItems(true, false);
        asForm.setItemLabelGenerator(form -> getTranslation(form ? "editor.mode.form" : "editor.mode.text"));
        asForm.setValue(true);
        formHolder.setId("editor-form");
        editor.addClassName("code-editor");
        editor.setWidthFull();
        editor.setValueChangeMode(ValueChangeMode.LAZY);
        editor.setValueChangeTimeout(700);
        status.getElement().setAttribute("role", "status");
        status.setId("editor-status");
        problems.setId("editor-problems");
        publish.setText(getTranslation("editor.publish"));
        publish.setId("editor-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var back = RouteLinks.to(getTranslation("teaching.back"), Links.teaching());
        back.addClassName("breadcrumb");
        var add = new Button(getTranslation("editor.add"), e -> addDialog().open());
        add.setId("editor-add");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var side = new Div(new H2(getTranslation("editor.files")), files, add);
        side.addClassName("editor-files");
        previewDraft.setText(getTranslation("editor.preview-draft"));
        previewDraft.setTarget("_blank");
        previewDraft.setId("editor-preview-draft");
        var tools = new Div(asForm, previewDraft);
        tools.addClassName("editor-tools");
        var main = new Div(tools, formHolder, editor, status);
        main.addClassName("editor-main");
        var right = new Div(
                new H2(getTranslation("editor.problems")), problems, new H2(getTranslation("editor.preview")), preview);
        right.addClassName("editor-side");
        // Beside a form this column stays in view and scrolls on its own, so keyboard users can reach it.
        right.getElement().setAttribute("tabindex", "0");
        right.getElement().setAttribute("role", "region");
        right.getElement().setAttribute("aria-label", getTranslation("editor.side"));
        // A long problem list scrolls on its own, so it must be reachable by keyboard and named.
        problems.getElement().setAttribute("tabindex", "0");
        problems.getElement().setAttribute("aria-label", getTranslation("editor.problems"));
        layout.removeAll();
        layout.add(side, main, right);
        layout.addClassName("editor-layout");
        add(
                back,
                new H1(getTranslation("editor.title", courseId)),
                new Paragraph(getTranslation("editor.intro")),
                publish,
                layout);
        files.setValue(
                content.containsKey("course.yaml")
                        ? "course.yaml"
                        : content.keySet().iterator().next());
        showProblems(drafts.check(courseId));
    }

    /** Shows a file: as a form when its kind has one (FileForm.hasForm), unless the author chose the text. */
    private void open(String path) {
        editor.setValue(content.getOrDefault(path, ""));
        editor.setLabel(path);
        formHolder.removeAll();
        form = null;
        boolean formable = FileForm.hasForm(path);
        boolean wanted = formable && Boolean.TRUE.equals(asForm.getValue());
        asForm.setVisible(formable);
        boolean playable = path.matches("(quizzes|vignettes)/[^/]+\\.yaml");
        previewDraft.setVisible(playable);
        if (playable) {
            String id = path.substring(path.indexOf('/') + 1, path.length() - ".yaml".length());
            previewDraft.setHref((path.startsWith("quizzes/")
                            ? Links.draftQuizPreview(courseId, id)
                            : Links.draftVignettePreview(courseId, id))
                    .location());
            previewDraft.getElement().setAttribute("aria-label", getTranslation("editor.preview-draft-aria", id));
        }
        ReadResult result = drafts.check(courseId);
        if (wanted) {
            FileForm.of(
                            this,
                            path,
                            content.get(path),
                            DraftIds.of(content),
                            text -> Actions.run("failure.draft-save", () -> save(path, text)))
                    .ifPresentOrElse(
                            built -> {
                                form = built;
                                formHolder.add(built);
                                built.place(result.problems());
                            },
                            () -> formHolder.add(new Paragraph(getTranslation("editor.form-unreadable"))));
        }
        formHolder.setVisible(wanted);
        layout.setClassName("editor-layout-form", form != null);
        editor.setVisible(form == null);
        showPreview(result);
    }

    private Dialog addDialog() {
        var dialog = new Dialog(getTranslation("editor.add"));
        var kind = new Select<FileTemplates.Kind>();
        kind.setLabel(getTranslation("editor.add.kind"));
        kind.setItems(FileTemplates.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("editor.kind." + k.name()));
        kind.setValue(FileTemplates.Kind.LESSON);
        kind.setId("editor-add-kind");
        var id = new TextField(getTranslation("editor.add.id"));
        id.setHelperText(getTranslation("editor.add.id-help"));
        id.setId("editor-add-id");
        var create = new Button(
                getTranslation("editor.add.create"),
                e -> Actions.run("failure.add-file", () -> {
                    try {
                        String path = drafts.addFile(
                                courseId, kind.getValue(), id.getValue().strip());
                        content.put(path, drafts.open(courseId).orElseThrow().get(path));
                        files.setItems(content.keySet());
                        files.setValue(path);
                        showProblems(drafts.check(courseId));
                        dialog.close();
                    } catch (CatalogException ex) {
                        id.setErrorMessage(getTranslation(ex.messageKey()));
                        id.setInvalid(true);
                    }
                }));
        create.setId("editor-add-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(kind, id);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), create);
        return dialog;
    }

    private void save(String path, String text) {
        try {
            drafts.save(courseId, path, text);
            content.put(path, text);
            ReadResult result = drafts.check(courseId);
            showProblems(result);
            showPreview(result);
            if (form != null) {
                form.place(result.problems());
            }
        } catch (CatalogException ex) {
            status.setText(getTranslation(ex.messageKey()));
        }
    }

    private void showProblems(ReadResult result) {
        problems.removeAll();
        List<Problem> all = result.problems();
        for (Problem p : all) {
            // A problem in a file with a form is a button that takes the author to its field.
            // Severity in words, not only in colour; the place as an author says it ("in quizzes/q1.yaml, line 12").
            String text = ProblemText.of(this, p);
            var item = new ListItem(FileForm.hasForm(p.file()) ? goTo(p, text) : new Span(text));
            item.addClassName(p.isError() ? "problem-error" : p.isAccepted() ? "problem-accepted" : "problem-warning");
            problems.add(item);
        }
        long errors = result.errors().size();
        status.setText(
                errors == 0 ? getTranslation("editor.saved-valid") : getTranslation("editor.saved-errors", errors));
        publish.setEnabled(errors == 0);
    }

    private Button goTo(Problem p, String text) {
        var button = new Button(text, e -> {
            if (!p.file().equals(files.getValue())) {
                files.setValue(p.file());
            }
            if (!Boolean.TRUE.equals(asForm.getValue())) {
                asForm.setValue(true);
                open(p.file());
            }
            if (form != null) {
                form.reveal(p);
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.addClassName("problem-link");
        return button;
    }

    private void showPreview(ReadResult result) {
        preview.removeAll();
        String path = files.getValue();
        if (path == null) {
            return;
        }
        String name = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.(md|yaml)$", "");
        if (path.startsWith("lessons/")) {
            String body = content.getOrDefault(path, "").replaceFirst("(?s)^---.*?\\n---\\n", "");
            preview.add(new Html(result.course()
                    .map(c -> renderer.renderUnlinked(c, body).html())
                    .orElse(renderer.renderStandalone(body))));
        } else if (path.startsWith("vignettes/") && result.draft().isPresent()) {
            // The draft, not the course: the branches are most worth seeing while they still have errors.
            result.draft()
                    .get()
                    .activity(name)
                    .filter(BranchingVignette.class::isInstance)
                    .map(BranchingVignette.class::cast)
                    .ifPresent(v -> preview.add(new BranchDiagram(
                            v, getTranslation("editor.diagram", v.title()), getTranslation("editor.diagram-missing"))));
        }
    }

    /** Publishes, unless that would undo a version published since the draft began: then the author is asked. */
    private void publish() {
        var drift = drafts.drift(courseId);
        if (drift.isPresent()) {
            new DriftDialog(
                            drift.get(),
                            () -> published(
                                    drafts.publishOver(courseId, drift.get().currentVersion())))
                    .open();
            return;
        }
        published(drafts.publish(courseId));
    }

    private void published(ImportResult result) {
        switch (result) {
            case ImportResult.Published p -> {
                Notification.show(getTranslation("editor.published", p.versionNumber()));
                getUI().ifPresent(ui -> RouteLinks.navigate(ui, Links.taughtCourse(p.courseId())));
            }
            case ImportResult.Invalid invalid ->
                Notification.show(
                        getTranslation("editor.saved-errors", invalid.errors().size()));
            case ImportResult.Refused refused ->
                Notification.show(getTranslation(refused.messageKey(), refused.courseId()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("editor.title", courseId) + " · " + getTranslation("app.name");
    }
}
