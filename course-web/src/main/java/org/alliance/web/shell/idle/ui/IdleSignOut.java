package org.alliance.web.shell.idle.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import org.alliance.web.navigation.Routes;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Ends a session for inactivity: the browser goes to the sign-in page, which then says why and that saved work
 * is kept, and the servlet session, which holds the sign-in and the Vaadin session, is invalidated in the same
 * request (the session registry hears of it through its listener).
 */
public final class IdleSignOut {
    /** The sign-in page's query parameter that shows the inactivity message. */
    public static final String PARAMETER = "idle";

    private IdleSignOut() {}

    public static Runnable of(UI ui) {
        return () -> {
            ui.getPage().setLocation(Routes.LOGIN + "?" + PARAMETER);
            SecurityContextHolder.clearContext();
            var request = VaadinServletRequest.getCurrent();
            var session =
                    request == null ? null : request.getHttpServletRequest().getSession(false);
            if (session != null) {
                session.invalidate();
            }
        };
    }
}
