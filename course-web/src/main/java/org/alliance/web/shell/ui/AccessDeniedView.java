package org.alliance.web.shell.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;

/** Shown when a signed-in user opens a page their role may not use. */
@AnonymousAllowed
public class AccessDeniedView extends Div implements HasErrorParameter<AccessDeniedException> {
    private static final Logger securityLog = LoggerFactory.getLogger("org.alliance.security");

    public AccessDeniedView() {
        addClassName("page");
        setId("access-denied");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        logRefusal(event.getLocation().getPathWithQueryParameters());
        removeAll();
        add(
                new H1(getTranslation("error.access-denied.title")),
                new Paragraph(getTranslation("error.access-denied.text")),
                new RouterLink(getTranslation("error.back-home"), HomeView.class));
        return HttpServletResponse.SC_FORBIDDEN;
    }

    /** A failed authorisation goes to the security log: who, which page, from where (ASVS 16.3.2). */
    private static void logRefusal(String location) {
        var who = SecurityContextHolder.getContext().getAuthentication();
        VaadinRequest request = VaadinRequest.getCurrent();
        securityLog.warn(
                "Access denied: account '{}' from {} to page /{}",
                who == null ? "anonymous" : oneLine(who.getName()),
                request == null ? "unknown" : request.getRemoteAddr(),
                oneLine(location));
    }

    /** The address is typed by the user: no line breaks or control characters in the log, and not too long. */
    private static String oneLine(String untrusted) {
        String flat = untrusted.replaceAll("\\p{Cntrl}", "?");
        return flat.length() > 200 ? flat.substring(0, 200) + "..." : flat;
    }
}
