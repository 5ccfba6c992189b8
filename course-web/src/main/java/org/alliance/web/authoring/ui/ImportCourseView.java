package org.alliance.web.authoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.alliance.web.account.Roles;
import org.alliance.web.catalog.CoursePortability;
import org.alliance.web.catalog.ImportResult;
import org.alliance.web.navigation.Links;
import org.alliance.web.navigation.Routes;
import org.alliance.web.ui.Actions;
import org.alliance.web.ui.ContentHashDetails;
import org.alliance.web.ui.RouteLinks;

/**
 * Upload a course zip in the content format. Every problem is listed in words with its file and line; the
 * course is published only when there is no error, and then all at once.
 */
@Route(Routes.IMPORT_COURSE)
@RolesAllowed(Roles.INSTRUCTOR)
public class ImportCourseView extends Div implements HasDynamicTitle {
    /** A little above the reader's 20 MiB unpacked limit: a real course zip is far smaller. */
    static final int MAX_UPLOAD_BYTES = 24 * 1024 * 1024;

    final Upload upload = new Upload();
    final Div outcome = new Div();
    final H2 outcomeHeading = new H2();
    final Paragraph outcomeText = new Paragraph();
    final ProblemList problems = new ProblemList();
    final Div links = new Div();
    /** The published version's content hash, one click away. */
    final Div hash = new Div();

    private final transient CoursePortability portability;

    ImportCourseView(CoursePortability portability) {
        this.portability = portability;
        addClassName("page");
        // The in-memory handler runs its callback inside UI.access, so the page can be updated directly.
        upload.setUploadHandler(new LimitedInMemoryUpload((metadata, bytes) -> {
            // A failure to store (nothing is stored then) is told in the result area, where the user is looking.
            Actions.attempt("failure.import", () -> show(this.portability.importZip(bytes)))
                    .ifPresent(failure -> showRefusal(failure.message()));
            // One file at a time: empty the list so the next try (the fixed zip, say) can be chosen at once.
            upload.clearFileList();
        }));
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_UPLOAD_BYTES);
        upload.setAcceptedFileTypes("application/zip", ".zip");
        upload.setUploadButton(new Button(getTranslation("portability.import.choose")));
        upload.setDropLabel(new Span(getTranslation("portability.import.drop")));
        upload.getElement().setAttribute("aria-describedby", "import-intro");
        upload.addFileRejectedListener(e -> showRefusal(getTranslation("portability.import.rejected-file")));
        // The server refuses a larger body too (RequestSizeLimit answers 413): the upload then says why.
        upload.setI18n(new UploadI18N()
                .setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("portability.import.rejected-file")))
                .setUploading(new UploadI18N.Uploading()
                        .setError(new UploadI18N.Uploading.Error()
                                .setFileTooLarge(getTranslation("portability.import.rejected-file"))
                                .setUnexpectedServerError(getTranslation("portability.import.upload-failed"))
                                .setServerUnavailable(getTranslation("portability.import.upload-failed")))));
        // The browser's upload-error event (413 from the size limit, say) is also told where the user looks.
        upload.getElement()
                .addEventListener("upload-error", e -> showRefusal(getTranslation("portability.import.upload-failed")));

        outcome.setId("import-outcome");
        outcome.addClassName("import-outcome");
        // Read out when it changes, so a screen reader user hears the result of the upload.
        outcome.getElement().setAttribute("aria-live", "polite");
        outcomeHeading.setId("import-outcome-heading");
        outcomeText.setId("import-outcome-text");
        problems.setId("import-problems");
        links.setId("import-links");
        outcome.add(outcomeHeading, outcomeText, problems, links, hash);
        outcome.setVisible(false);

        var back = RouteLinks.to(getTranslation("teaching.back"), Links.teaching());
        back.addClassName("breadcrumb");
        var intro = new Paragraph(getTranslation("portability.import.intro"));
        intro.setId("import-intro");
        add(back, new H1(getTranslation("portability.import.title")), intro, upload, outcome);
    }

    void show(ImportResult result) {
        outcome.setVisible(true);
        links.removeAll();
        hash.removeAll();
        switch (result) {
            case ImportResult.Invalid invalid -> {
                outcome.getElement().setAttribute("role", "alert");
                outcome.addClassName("failed");
                outcomeHeading.setText(getTranslation(
                        "portability.import.invalid", invalid.errors().size()));
                outcomeText.setText(getTranslation("portability.import.nothing-stored"));
                problems.show(invalid.problems());
            }
            case ImportResult.Refused refused -> {
                showRefusal(getTranslation(refused.messageKey(), refused.courseId()));
            }
            case ImportResult.Published published -> {
                outcome.getElement().removeAttribute("role");
                outcome.removeClassName("failed");
                outcomeHeading.setText(getTranslation(
                        switch (published.outcome()) {
                            case NEW_COURSE -> "portability.import.published.new";
                            case NEW_VERSION -> "portability.import.published.version";
                            case UNCHANGED -> "portability.import.published.unchanged";
                        },
                        published.title()));
                outcomeText.setText(getTranslation("teaching.version", published.versionNumber()));
                hash.add(new ContentHashDetails(published.contentHash()));
                problems.show(published.warnings());
                var open = RouteLinks.to(
                        getTranslation("portability.import.open", published.title()),
                        Links.taughtCourse(published.courseId()));
                open.setId("import-open-course");
                links.add(open);
            }
        }
    }

    /** Vaadin checks these limits on the server for multipart uploads; RequestSizeLimit covers the rest. */
    private static final class LimitedInMemoryUpload extends InMemoryUploadHandler {
        LimitedInMemoryUpload(InMemoryUploadCallback callback) {
            super(callback);
        }

        @Override
        public long getRequestSizeMax() {
            return MAX_UPLOAD_BYTES + 64 * 1024L;
        }

        @Override
        public long getFileSizeMax() {
            return MAX_UPLOAD_BYTES;
        }

        @Override
        public long getFileCountMax() {
            return 1;
        }
    }

    private void showRefusal(String message) {
        outcome.setVisible(true);
        outcome.getElement().setAttribute("role", "alert");
        outcome.addClassName("failed");
        outcomeHeading.setText(getTranslation("portability.import.refused"));
        outcomeText.setText(message);
        problems.show(List.of());
        links.removeAll();
        hash.removeAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portability.import.title") + " · " + getTranslation("app.name");
    }
}
