package org.alliance.web.teaching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.alliance.core.changes.Change;
import org.alliance.core.changes.ChangeKind;
import org.alliance.core.changes.FileChange;
import org.alliance.core.changes.VersionChanges;
import org.alliance.web.account.Roles;
import org.alliance.web.assessment.QuizRescoring;
import org.alliance.web.catalog.CourseStaff;
import org.alliance.web.catalog.CourseStaff.Version;
import org.alliance.web.editor.Drafts;
import org.alliance.web.navigation.Routes;
import org.alliance.web.ui.Actions;
import org.alliance.web.vignette.VignetteRescoring;

/**
 * A course's published versions, numbered from 1 per course: what changed between any two (in words; the
 * files' diff and content hashes behind a disclosure), rolling back to an earlier one (published
 * again as the newest), and rescoring past quiz and vignette attempts with a version's keys and ratings, with an
 * audit record.
 */
@Route(Routes.VERSIONS)
@RolesAllowed(Roles.INSTRUCTOR)
public class VersionsView extends Div implements BeforeEnterObserver, HasDynamicTitle {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(
                    FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withZone(ZoneId.systemDefault());
    private final transient CourseStaff staff;
    private final transient QuizRescoring rescoring;
    private final transient VignetteRescoring vignetteRescoring;
    private final transient Drafts drafts;
    final Select<Version> from = new Select<>();
    final Select<Version> to = new Select<>();
    final Div diff = new Div();
    final H2 changesHeading = new H2();
    /** The changes in words, one per item. */
    final UnorderedList changes = new UnorderedList();
    /** Files, their line-by-line diff and the content hashes: closed until asked for. */
    final Details fileDetails = new Details();

    private String courseId = "";
    private String title = "";

    VersionsView(CourseStaff staff, QuizRescoring rescoring, VignetteRescoring vignetteRescoring, Drafts drafts) {
        this.staff = staff;
        this.drafts = drafts;
        this.rescoring = rescoring;
        this.vignetteRescoring = vignetteRescoring;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        courseId = event.getRouteParameters().get("courseId").orElse("");
        var course = staff.taught(courseId);
        if (course.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        title = getTranslation("versions.title", course.get().course().title());
        var back = new RouterLink(
                course.get().course().title(), TaughtCourseView.class, new RouteParameters("courseId", courseId));
        back.addClassName("breadcrumb");
        List<Version> versions = staff.versions(courseId);
        for (var select : List.of(from, to)) {
            select.setItems(versions);
            select.setItemLabelGenerator(
                    v -> getTranslation("versions.label", v.number(), WHEN.format(v.publishedAt())));
            // Wide enough for "Version 12 · Dec 5, 2026, 6:46 PM", never wider than a phone.
            select.setWidth("min(20em, 100%)");
        }
        from.setLabel(getTranslation("versions.from"));
        to.setLabel(getTranslation("versions.to"));
        to.setValue(versions.getLast());
        from.setValue(versions.size() > 1 ? versions.get(versions.size() - 2) : versions.getLast());
        from.addValueChangeListener(e -> showDiff());
        to.addValueChangeListener(e -> showDiff());
        diff.setId("version-diff");
        changes.setId("version-changes");
        fileDetails.setId("version-files");
        var rollBack = new Button(getTranslation("versions.rollback"), e -> confirmRollBack());
        rollBack.setId("versions-rollback");
        var rescore = new Button(getTranslation("versions.rescore"), e -> confirmRescore());
        rescore.setId("versions-rescore");
        for (var b : List.of(rollBack, rescore)) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        }
        add(
                back,
                new H1(title),
                new Paragraph(getTranslation("versions.intro")),
                new Div(from, to),
                new Div(rollBack, rescore),
                changesHeading,
                diff);
        showDiff();
    }

    /**
     * What changed, in words first (the parts of the course an author knows, from course-core's comparison of
     * the two parsed versions); the files, their line-by-line diff and the content hashes one click further.
     */
    private void showDiff() {
        diff.removeAll();
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        Version a = from.getValue();
        Version b = to.getValue();
        changesHeading.setText(getTranslation("versions.changes", a.number(), b.number()));
        var filesA = staff.versionFiles(courseId, a.id()).orElseThrow();
        var filesB = staff.versionFiles(courseId, b.id()).orElseThrow();
        List<FileChange> files = VersionChanges.files(filesA, filesB);
        List<Change> parts = VersionChanges.parts(
                staff.taughtVersion(courseId, a.id()).orElseThrow().course(),
                staff.taughtVersion(courseId, b.id()).orElseThrow().course());
        changes.removeAll();
        parts.forEach(change -> changes.add(new ListItem(describe(change))));
        changes.setVisible(!parts.isEmpty());
        if (files.isEmpty()) {
            diff.add(new Paragraph(getTranslation("versions.same")));
        } else if (parts.isEmpty()) {
            diff.add(new Paragraph(getTranslation("versions.layout-only")));
        }
        diff.add(changes);

        var raw = new Div();
        raw.add(new Paragraph(
                getTranslation("versions.hashes", a.number(), a.contentHash(), b.number(), b.contentHash())));
        for (FileChange file : files) {
            raw.add(new H3(file.path() + " · "
                    + getTranslation("versions.kind." + file.kind().name().toLowerCase(Locale.ROOT))));
            if (file.kind() == ChangeKind.CHANGED) {
                var pre = new Pre(String.join(
                        "\n", VersionDiff.lines(file.path(), filesA.get(file.path()), filesB.get(file.path()))));
                pre.addClassName("diff");
                raw.add(pre);
            }
        }
        fileDetails.setSummaryText(getTranslation("versions.files", files.size()));
        fileDetails.removeAll();
        fileDetails.add(raw);
        fileDetails.setOpened(false);
        diff.add(fileDetails);
    }

    /** "Quiz item changed: “Which three parts…” (q1-i3) in the quiz “The working alliance”". */
    private String describe(Change change) {
        String name = switch (change.part()) {
            // Both are course.yaml's and only ever change: their sentence needs no name.
            case COURSE, RUBRIC -> "";
            case ITEM ->
                getTranslation("versions.named-within", shortened(change.label()), change.id(), change.within());
            default -> getTranslation("versions.named", shortened(change.label()), change.id());
        };
        return name.isEmpty()
                ? getTranslation("versions.changed." + change.part().name())
                : getTranslation(
                        "versions.change." + change.kind().name(),
                        getTranslation("versions.part." + change.part().name()),
                        name);
    }

    /** A long question stem cut at a word, so each change stays one readable line. */
    static String shortened(String label) {
        String line = label.strip().lines().findFirst().orElse("");
        if (line.length() <= 90 && label.strip().lines().count() <= 1) {
            return line;
        }
        int cut = line.lastIndexOf(' ', Math.min(line.length(), 90));
        return (cut > 40 ? line.substring(0, cut) : line.substring(0, Math.min(line.length(), 90))) + "…";
    }

    /** The number people see for a version id, or the id itself when the version is not this course's. */
    private String numberOf(long versionId) {
        // The selects already hold the course's versions: no second query for a number.
        return from.getListDataView()
                .getItems()
                .filter(v -> v.id() == versionId)
                .findFirst()
                .map(v -> Integer.toString(v.number()))
                .orElse(Long.toString(versionId));
    }

    private void confirmRollBack() {
        var version = from.getValue();
        if (version == null) {
            return;
        }
        String text = getTranslation("versions.rollback.text", version.number());
        // A draft keeps the version it began from; publishing it later would undo this rollback, so say so now.
        var draft = drafts.openDraft(courseId);
        if (draft.isPresent()) {
            text += " "
                    + getTranslation(
                            "versions.rollback.draft-open",
                            draft.get().author(),
                            draft.get().baseVersion().isPresent()
                                    ? numberOf(draft.get().baseVersion().getAsLong())
                                    : "–");
        }
        var dialog = new ConfirmDialog(
                getTranslation("versions.rollback"),
                text,
                getTranslation("versions.rollback"),
                e -> Actions.run("failure.rollback", () -> {
                    var published = staff.rollBack(courseId, version.id());
                    Notification.show(getTranslation("versions.rolled-back", published.versionNumber()));
                    getUI().ifPresent(ui -> ui.getPage().reload());
                }));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.open();
    }

    private void confirmRescore() {
        var version = to.getValue();
        if (version == null) {
            return;
        }
        int quizChanges = rescoring.preview(courseId, version.id()).size();
        var vignettes = vignetteRescoring.preview(courseId, version.id());
        String text = getTranslation(
                "versions.rescore.text", quizChanges, vignettes.changes().size(), version.number());
        if (vignettes.notReplayable() > 0) {
            text += " " + getTranslation("versions.rescore.unreplayable", vignettes.notReplayable(), version.number());
        }
        var dialog = new ConfirmDialog(
                getTranslation("versions.rescore"),
                text,
                getTranslation("versions.rescore"),
                e -> Actions.run("failure.rescore", () -> {
                    int done = rescoring.rescore(courseId, version.id()).size()
                            + vignetteRescoring
                                    .rescore(courseId, version.id())
                                    .changes()
                                    .size();
                    Notification.show(getTranslation("versions.rescored", done));
                }));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
