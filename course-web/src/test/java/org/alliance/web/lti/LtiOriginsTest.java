package org.alliance.web.lti;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A registration's addresses reach the security policy as bare origins only, never as text that adds a directive. */
class LtiOriginsTest {
    @Test
    void an_address_becomes_its_origin() {
        assertThat(LtiOrigins.origin("https://moodle.uni.edu/mod/lti/auth.php?x=1"))
                .hasValue("https://moodle.uni.edu");
        assertThat(LtiOrigins.origin("http://127.0.0.1:8081/auth")).hasValue("http://127.0.0.1:8081");
    }

    @Test
    void anything_else_is_left_out() {
        assertThat(LtiOrigins.origin("https://a.edu; script-src *")).isEmpty();
        assertThat(LtiOrigins.origin("not a url")).isEmpty();
        assertThat(LtiOrigins.origin("javascript:alert(1)")).isEmpty();
    }
}
