package org.alliance.web.security.ui;

import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.VaadinService;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.session.SessionInformationExpiredEvent;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;

/**
 * Where a request of an ended session goes: to the sign-in page, which says why. A page request is redirected;
 * a Vaadin request (a click in an open page) cannot follow a redirect, so it gets Vaadin's own "go to this
 * address" answer, which the browser obeys at once. (Vaadin's UidlRedirectStrategy needs a UI, which a
 * filter does not have.)
 */
public final class SessionEndedResponse implements SessionInformationExpiredStrategy {
    private final String target;
    private final DefaultRedirectStrategy redirect = new DefaultRedirectStrategy();

    /** {@code target}: the sign-in page with its "ended" marker, relative to the app's context path. */
    public SessionEndedResponse(String target) {
        this.target = target;
    }

    @Override
    public void onExpiredSessionDetected(SessionInformationExpiredEvent event) throws IOException {
        HttpServletRequest request = event.getRequest();
        var response = event.getResponse();
        if (isVaadinRequest(request)) {
            String json =
                    VaadinService.createCriticalNotificationJSON(null, null, null, request.getContextPath() + target);
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(json);
        } else {
            redirect.sendRedirect(request, response, target);
        }
    }

    private static boolean isVaadinRequest(HttpServletRequest request) {
        var mapping = request.getHttpServletMapping();
        return HandlerHelper.isFrameworkInternalRequest(mapping == null ? "/*" : mapping.getPattern(), request);
    }
}
