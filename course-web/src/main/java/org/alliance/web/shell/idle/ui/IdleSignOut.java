package org.alliance.web.shell.idle.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import org.alliance.web.navigation.Routes;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;

/**
 * Ends a session for inactivity: the browser goes to the sign-in page, which then says why and that saved work
 * is kept, and the servlet session is invalidated (which also ends the Vaadin session) in the same request.
 */
public final class IdleSignOut {
    /** The sign-in page's query parameter that shows the inactivity message. */
    public static final String PARAMETER = "idle";

    private IdleSignOut() {}

    public static Runnable of(UI ui) {
        return () -> {
            ui.getPage().setLocation(Routes.LOGIN + "?" + PARAMETER);
            var request = VaadinServletRequest.getCurrent();
            var response = VaadinServletResponse.getCurrent();
            if (request != null && response != null) {
                new SecurityContextLogoutHandler()
                        .logout(
                                request.getHttpServletRequest(),
                                response.getHttpServletResponse(),
                                SecurityContextHolder.getContext().getAuthentication());
            }
        };
    }
}
