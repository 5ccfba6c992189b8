package org.alliance.web.authoring.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import org.alliance.web.account.Roles;
import org.alliance.web.catalog.CoursePortability;
import org.alliance.web.catalog.CourseStaff;
import org.alliance.web.navigation.Links;
import org.alliance.web.navigation.Routes;
import org.alliance.web.ui.RouteLinks;

/** Download a taught course as a zip in the content format, ready for {@code content/courses/} or import. */
@Route(Routes.EXPORT_COURSE)
@RolesAllowed(Roles.INSTRUCTOR)
public class ExportCourseView extends Div implements BeforeEnterObserver, HasDynamicTitle {
    private final transient CoursePortability portability;
    private final transient CourseStaff staff;
    private String title = "";
    Anchor download = new Anchor();

    ExportCourseView(CoursePortability portability, CourseStaff staff) {
        this.portability = portability;
        this.staff = staff;
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
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portability.export.title", title) + " · " + getTranslation("app.name");
    }
}
