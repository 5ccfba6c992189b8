package org.alliance.web.lti;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Iframe mode: the session a launch begins gets a cookie the LMS's frame sends, partitioned per embedding site. */
class CrossSiteSessionTest {
    @Test
    void the_session_cookie_is_reissued_cross_site_partitioned_and_secure() {
        var request = new MockHttpServletRequest("POST", "/lti/launch");
        request.setSecure(true);
        var session = request.getSession(true);
        var response = new MockHttpServletResponse();

        CrossSiteSession.reissue(request, response);

        var cookies = response.getHeaders("Set-Cookie");
        assertThat(cookies).hasSize(1);
        assertThat(cookies.getFirst().split(";\\s*"))
                .containsExactlyInAnyOrder(
                        "JSESSIONID=" + session.getId(),
                        "Path=/",
                        "Secure",
                        "HttpOnly",
                        "SameSite=None",
                        "Partitioned");
    }

    @Test
    void without_a_session_nothing_is_set() {
        var response = new MockHttpServletResponse();
        CrossSiteSession.reissue(new MockHttpServletRequest("POST", "/lti/launch"), response);
        assertThat(response.getHeaders("Set-Cookie")).isEmpty();
    }
}
