package org.alliance.web.lti;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.alliance.web.lti.LaunchFailure.Reason;
import org.springframework.stereotype.Component;

/** Deep Linking requests between the launch and the instructor's choice, kept in the user's session by ticket. */
@Component
class DeepLinkRequests {

    /** Checks a Deep Linking launch may go on (staff of the LMS course, a return address) and names a ticket. */
    String begin(Launch launch) {
        if (!launch.staff()) {
            throw new LaunchFailure(Reason.NOT_STAFF, "deep linking by a non-instructor");
        }
        if (Launch.string(launch.deepLinkingSettings(), "deep_link_return_url") == null) {
            throw new LaunchFailure(Reason.BAD_TOKEN, "deep linking without deep_link_return_url");
        }
        return UUID.randomUUID().toString();
    }

    void remember(HttpServletRequest request, String ticket, Launch launch) {
        var settings = launch.deepLinkingSettings();
        request.getSession(true)
                .setAttribute(
                        DeepLinking.sessionAttribute(ticket),
                        new DeepLinkRequest(
                                launch.platform().requireId(),
                                String.valueOf(launch.token().getClaims().get(Launch.DEPLOYMENT)),
                                String.valueOf(settings.get("deep_link_return_url")),
                                Launch.string(settings, "data"),
                                launch.acceptTypes(),
                                Boolean.parseBoolean(String.valueOf(settings.get("accept_multiple"))),
                                launch.contextId(),
                                launch.contextTitle(),
                                launch.membershipsUrl(),
                                LtiEndpoints.base(request)));
    }
}
