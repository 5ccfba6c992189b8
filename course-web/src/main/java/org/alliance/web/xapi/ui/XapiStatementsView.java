package org.alliance.web.xapi.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.alliance.web.account.Roles;
import org.alliance.web.navigation.Routes;
import org.alliance.web.xapi.XapiStatements;

/**
 * The admin's xAPI page: a status line (stored, sent, waiting, failing) and the statements stored between two
 * dates (UTC) as a JSON download.
 */
@Route(Routes.XAPI_STATEMENTS)
@RolesAllowed(Roles.ADMIN)
@Menu(title = "nav.xapi", order = 81, icon = "vaadin:exchange")
public class XapiStatementsView extends Div implements HasDynamicTitle {
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Paragraph status = new Paragraph();
    final Anchor download;
    // The download is built in its own request: it reads the chosen dates from here, not from the pickers.
    private volatile LocalDate chosenFrom;
    private volatile LocalDate chosenTo;

    XapiStatementsView(XapiStatements statements, Clock clock) {
        addClassName("page");
        addClassName("xapi-page");
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        chosenFrom = today.minusDays(30);
        chosenTo = today;
        from.setLabel(getTranslation("xapi.from"));
        to.setLabel(getTranslation("xapi.to"));
        from.setValue(chosenFrom);
        to.setValue(chosenTo);
        from.setRequiredIndicatorVisible(true);
        to.setRequiredIndicatorVisible(true);

        var s = statements.status();
        status.setText(getTranslation(
                s.lrsConfigured() ? "xapi.status" : "xapi.status.no-lrs",
                s.stored(),
                s.sent(),
                s.waiting(),
                s.failing()));
        status.getElement().setAttribute("role", "status");
        status.setId("xapi-status");
        var failure = new Paragraph(
                s.lastFailure().map(f -> getTranslation("xapi.last-failure", f)).orElse(""));
        failure.setVisible(s.lastFailure().isPresent());

        download = new Anchor(
                DownloadHandler.fromInputStream(e -> {
                    byte[] json = statements.export(chosenFrom, chosenTo).getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(json),
                            "xapi-statements-" + chosenFrom + "-" + chosenTo + ".json",
                            "application/json",
                            json.length);
                }),
                AttachmentType.DOWNLOAD,
                getTranslation("xapi.download"));
        download.setId("xapi-download");
        download.addClassName("download-link");
        from.addValueChangeListener(e -> chosen());
        to.addValueChangeListener(e -> chosen());

        add(
                new H1(getTranslation("nav.xapi")),
                status,
                failure,
                new Paragraph(getTranslation("xapi.intro")),
                new HorizontalLayout(from, to),
                download);
    }

    /** Takes the pickers' dates when they form a range; otherwise says what is wrong and offers no download. */
    private void chosen() {
        LocalDate f = from.getValue();
        LocalDate t = to.getValue();
        boolean valid =
                f != null && t != null && !t.isBefore(f) && !f.plusDays(366).isBefore(t);
        to.setInvalid(!valid);
        to.setErrorMessage(valid ? null : getTranslation("xapi.export.range"));
        download.setEnabled(valid);
        if (valid) {
            chosenFrom = f;
            chosenTo = t;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.xapi") + " · " + getTranslation("app.name");
    }
}
