package org.alliance.web.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.alliance.web.navigation.Links;

/**
 * Shown when a page fails to open for a reason no view expected (the database unreachable, say), in place of
 * Vaadin's default, which shows the exception's own text: what happened in plain words and an error id, the cause
 * logged under the same id.
 */
@AnonymousAllowed
public class ServerErrorView extends Div implements HasErrorParameter<Exception> {
    final Paragraph message = new Paragraph();

    public ServerErrorView() {
        addClassName("page");
        setId("server-error");
        message.setId("server-error-message");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Failure failure = FailureReports.logged("failure.page", parameter.getCaughtException());
        message.setText(failure.message());
        removeAll();
        add(
                new H1(getTranslation("error.server.title")),
                message,
                RouteLinks.to(getTranslation("error.back-home"), Links.home()));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
