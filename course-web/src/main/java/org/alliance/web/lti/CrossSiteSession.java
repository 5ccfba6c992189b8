package org.alliance.web.lti;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Iframe mode (a platform registered with "open inside the LMS"): the LMS page is another site, so the browser sends
 * the session cookie to Alliance inside its frame only if it is {@code SameSite=None; Secure}, and keeps it apart per
 * embedding site only if it is {@code Partitioned} (CHIPS). Only a session begun by such a launch, over TLS, gets
 * that cookie; every other session keeps the app's {@code SameSite=Lax} one (docs/security.md).
 */
final class CrossSiteSession {
    private CrossSiteSession() {}

    static void reissue(HttpServletRequest request, HttpServletResponse response) {
        var session = request.getSession(false);
        if (session == null) {
            return;
        }
        String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
        response.addHeader(
                "Set-Cookie",
                "JSESSIONID=" + session.getId() + "; Path=" + path + "; Secure; HttpOnly; SameSite=None; Partitioned");
    }
}
