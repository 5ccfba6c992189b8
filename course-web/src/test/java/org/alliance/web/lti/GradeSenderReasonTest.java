package org.alliance.web.lti;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.web.client.HttpServerErrorException;

/** The reason a grade could not be sent, as the course's LMS page shows it to teachers. */
class GradeSenderReasonTest {

    private static final HttpServerErrorException DOWN = HttpServerErrorException.create(
            HttpStatus.SERVICE_UNAVAILABLE,
            "Service Unavailable",
            HttpHeaders.EMPTY,
            new byte[0],
            StandardCharsets.UTF_8);

    @Test
    void an_http_answer_is_shown_as_the_lms_gave_it() {
        assertThat(GradeSender.reason(DOWN)).isEqualTo("503 Service Unavailable");
    }

    @Test
    void a_failed_token_request_shows_the_http_answer_inside_it() {
        var wrapped = new OAuth2AuthorizationException(new OAuth2Error("invalid_token_response"), DOWN);

        assertThat(GradeSender.reason(wrapped)).isEqualTo("503 Service Unavailable");
    }

    @Test
    void anything_else_keeps_its_type() {
        assertThat(GradeSender.reason(new IllegalStateException("platform 7 removed")))
                .isEqualTo("IllegalStateException: platform 7 removed");
    }
}
