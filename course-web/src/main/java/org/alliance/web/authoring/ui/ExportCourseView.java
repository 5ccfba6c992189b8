package org.alliance.web.authoring.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.alliance.core.interop.Skipped;
import org.alliance.web.account.Roles;
import org.alliance.web.catalog.CoursePortability;
import org.alliance.web.catalog.CourseStaff;
import org.alliance.web.interop.QuestionExports;
import org.alliance.web.interop.QuestionExports.QuestionFile;
import org.alliance.web.navigation.Links;
import org.alliance.web.navigation.Routes;
import org.alliance.web.ui.RouteLinks;

/**
 * Download a taught course as a zip in the content format, ready for {@code content/courses/} or import; and its
 * questions as Moodle XML or GIFT for an LMS question bank, with what each format leaves out or changes listed.
 */
@Route(Routes.EXPORT_COURSE)
@RolesAllowed(Roles.INSTRUCTOR)
public class ExportCourseView extends Div implements BeforeEnterObserver, HasDynamicTitle {
    private final transient CoursePortability portability;
    private final transient CourseStaff staff;
    private final transient QuestionExports questions;
    private String title = "";
    Anchor download = new Anchor();
    Anchor moodle = new Anchor();
    Anchor gift = new Anchor();

    ExportCourseView(CoursePortability portability, CourseStaff staff, QuestionExports questions) {
        this.portability = portability;
        this.staff = staff;
        this.questions = questions;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String courseId = event.getRouteParameters().get("courseId").orElse("");
        var course = staff.taught(courseId);
        if (course.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        title = course.get().course().title();
        // Built when the link is followed, in that request and with that user's rights, so it is always the
        // latest version and never a course the user stopped teaching meanwhile.
        download = new Anchor(
                DownloadHandler.fromInputStream(e -> {
                    var archive =
                            portability.export(courseId).orElseThrow(() -> new IllegalStateException("Not taught"));
                    return new DownloadResponse(
                            new ByteArrayInputStream(archive.bytes()),
                            archive.fileName(),
                            "application/zip",
                            archive.bytes().length);
                }),
                AttachmentType.DOWNLOAD,
                getTranslation("portability.export.download", courseId + ".zip"));
        download.setId("export-download");
        download.addClassName("download-link");
        var back = RouteLinks.to(getTranslation("portability.back-to-course"), Links.taughtCourse(courseId));
        back.addClassName("breadcrumb");
        add(
                back,
                new H1(getTranslation("portability.export.title", title)),
                new Paragraph(getTranslation("portability.export.intro", courseId)),
                download);
        addQuestionBank(courseId);
    }

    /** Moodle XML and GIFT, each link built when followed (as the zip is), each with its list of what it skips. */
    private void addQuestionBank(String courseId) {
        moodle = fileLink(courseId, questions::moodleXml, "export-moodle", "interop.export.moodle");
        gift = fileLink(courseId, questions::gift, "export-gift", "interop.export.gift");
        add(new H2(getTranslation("interop.export.heading")), new Paragraph(getTranslation("interop.export.intro")));
        add(moodle);
        skippedList(questions.moodleXml(courseId), "export-moodle-skipped");
        add(gift);
        skippedList(questions.gift(courseId), "export-gift-skipped");
    }

    private Anchor fileLink(
            String courseId, Function<String, Optional<QuestionFile>> export, String id, String labelKey) {
        Anchor link = new Anchor(
                DownloadHandler.fromInputStream(e -> {
                    QuestionFile file =
                            export.apply(courseId).orElseThrow(() -> new IllegalStateException("Not taught"));
                    return new DownloadResponse(
                            new ByteArrayInputStream(file.bytes()),
                            file.fileName(),
                            file.contentType(),
                            file.bytes().length);
                }),
                AttachmentType.DOWNLOAD,
                getTranslation(labelKey));
        link.setId(id);
        link.addClassName("download-link");
        return link;
    }

    private void skippedList(Optional<QuestionFile> file, String id) {
        var skipped = file.map(QuestionFile::skipped).orElse(List.of());
        if (skipped.isEmpty()) {
            add(new Paragraph(getTranslation("interop.export.nothing-skipped")));
            return;
        }
        var list = new UnorderedList();
        list.setId(id);
        list.getElement().setAttribute("aria-label", getTranslation("interop.export.skipped-label"));
        for (Skipped s : skipped) {
            String reason = "interop.skipped."
                    + s.reason().name().toLowerCase(Locale.ROOT).replace('_', '-');
            list.add(new ListItem(getTranslation("interop.export.skipped-item", s.id(), getTranslation(reason))));
        }
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portability.export.title", title) + " · " + getTranslation("app.name");
    }
}
