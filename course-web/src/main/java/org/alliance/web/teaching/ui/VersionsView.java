package org.alliance.web.teaching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
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
import org.alliance.web.account.Roles;
import org.alliance.web.assessment.QuizRescoring;
import org.alliance.web.catalog.CourseStaff;
import org.alliance.web.catalog.CourseStaff.Version;
import org.alliance.web.editor.Drafts;
import org.alliance.web.vignette.VignetteRescoring;

/**
 * A course's published versions: what changed between any two, rolling back to an earlier one (published
 * again as the newest), and rescoring past quiz and vignette attempts with a version's keys and ratings, with an
 * audit record.
 */
@Route("teaching/:courseId/versions")
@RolesAllowed(Roles.INSTRUCTOR)
public class VersionsView extends Div implements BeforeEnterObserver, HasDynamicTitle {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());
    private final transient CourseStaff staff;
    private final transient QuizRescoring rescoring;
    private final transient VignetteRescoring vignetteRescoring;
    private final transient Drafts drafts;
    final Select<Version> from = new Select<>();
    final Select<Version> to = new Select<>();
    final Div diff = new Div();
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
        var back = new RouterLink(course.get().course().title(), TaughtCourseView.class,
                new RouteParameters("courseId", courseId));
        back.addClassName("breadcrumb");
        List<Version> versions = staff.versions(courseId);
        for (var select : List.of(from, to)) {
            select.setItems(versions);
            select.setItemLabelGenerator(v -> getTranslation("versions.label", v.id(), WHEN.format(v.publishedAt()),
                    v.contentHash().substring(0, 8)));
        }
        from.setLabel(getTranslation("versions.from"));
        to.setLabel(getTranslation("versions.to"));
        to.setValue(versions.getLast());
        from.setValue(versions.size() > 1 ? versions.get(versions.size() - 2) : versions.getLast());
        from.addValueChangeListener(e -> showDiff());
        to.addValueChangeListener(e -> showDiff());
        diff.setId("version-diff");
        var rollBack = new Button(getTranslation("versions.rollback"), e -> confirmRollBack());
        rollBack.setId("versions-rollback");
        var rescore = new Button(getTranslation("versions.rescore"), e -> confirmRescore());
        rescore.setId("versions-rescore");
        for (var b : List.of(rollBack, rescore)) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        }
        add(back, new H1(title), new Paragraph(getTranslation("versions.intro")), new Div(from, to),
                new Div(rollBack, rescore), new H2(getTranslation("versions.changes")), diff);
        showDiff();
    }

    private void showDiff() {
        diff.removeAll();
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        var a = staff.versionFiles(courseId, from.getValue().id()).orElseThrow();
        var b = staff.versionFiles(courseId, to.getValue().id()).orElseThrow();
        var changes = VersionDiff.between(a, b);
        if (changes.isEmpty()) {
            diff.add(new Paragraph(getTranslation("versions.same")));
        }
        for (var change : changes) {
            diff.add(new H3(change.path() + " · " + getTranslation("versions.kind." + change.kind())));
            if (!change.lines().isEmpty()) {
                var pre = new Pre(String.join("\n", change.lines()));
                pre.addClassName("diff");
                diff.add(pre);
            }
        }
    }

    private void confirmRollBack() {
        var version = from.getValue();
        if (version == null) {
            return;
        }
        String text = getTranslation("versions.rollback.text", version.id());
        // A draft keeps the version it began from; publishing it later would undo this rollback, so say so now.
        var draft = drafts.openDraft(courseId);
        if (draft.isPresent()) {
            text += " " + getTranslation("versions.rollback.draft-open", draft.get().author(),
                    draft.get().baseVersion().isPresent() ? Long.toString(draft.get().baseVersion().getAsLong()) : "–");
        }
        var dialog = new ConfirmDialog(getTranslation("versions.rollback"), text, getTranslation("versions.rollback"),
                e -> {
                    var published = staff.rollBack(courseId, version.id());
                    Notification.show(getTranslation("versions.rolled-back", published.versionId()));
                    getUI().ifPresent(ui -> ui.getPage().reload());
                });
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
        String text = getTranslation("versions.rescore.text", quizChanges, vignettes.changes().size(), version.id());
        if (vignettes.notReplayable() > 0) {
            text += " " + getTranslation("versions.rescore.unreplayable", vignettes.notReplayable(), version.id());
        }
        var dialog = new ConfirmDialog(getTranslation("versions.rescore"), text,
                getTranslation("versions.rescore"), e -> {
                    int done = rescoring.rescore(courseId, version.id()).size()
                            + vignetteRescoring.rescore(courseId, version.id()).changes().size();
                    Notification.show(getTranslation("versions.rescored", done));
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
