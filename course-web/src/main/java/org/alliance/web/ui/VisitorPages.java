package org.alliance.web.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import org.alliance.web.navigation.Routes;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Pages meant for visitors (sign-in, registration) send someone already signed in to their home page. */
public final class VisitorPages {
    private VisitorPages() {}

    public static void sendSignedInUsersHome(BeforeEnterEvent event) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
            event.forwardTo(Routes.HOME);
        }
    }
}
