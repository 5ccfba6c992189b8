package org.alliance.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import org.alliance.web.AllianceTest;
import org.alliance.web.account.AccountService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/**
 * The security log through the real filter chain: a successful sign-in, a failed one and one refused during a
 * pause each leave a line with the account name, the client's address and the outcome; the password typed,
 * right or wrong, appears in no log line and nowhere in the output.
 */
@AllianceTest
@ExtendWith(OutputCaptureExtension.class)
class SecurityLogTest {
    private static final String PASSWORD = "harbour lights over slate roofs";
    private static final String WRONG = "harbour lights under slate roofs";

    @Autowired
    WebApplicationContext context;

    @Autowired
    AccountService accounts;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = FilterChainMvc.of(context);
        SecurityContextHolder.clearContext();
    }

    @Test
    void success_failure_and_pause_are_logged_with_who_where_and_outcome_and_never_the_password(CapturedOutput output)
            throws Exception {
        accounts.register("Lena Logged", "lena-logged", PASSWORD);
        try (var log = new SecurityLogCapture()) {
            signIn("198.51.100.31", "lena-logged", PASSWORD);
            assertThat(log.linesWith("198.51.100.31"))
                    .containsExactly("INFO Signed in: account 'lena-logged' from 198.51.100.31");

            signIn("198.51.100.32", "lena-logged", WRONG);
            assertThat(log.linesWith("198.51.100.32"))
                    .containsExactly(
                            "WARN Sign-in failed: account 'lena-logged' from 198.51.100.32 (BadCredentialsException)");

            // Four more failures pause this account from this address; the next attempt is refused unchecked.
            for (int i = 0; i < 4; i++) {
                signIn("198.51.100.32", "lena-logged", WRONG + i);
            }
            signIn("198.51.100.32", "lena-logged", PASSWORD);
            assertThat(log.linesWith("198.51.100.32"))
                    .contains("WARN Sign-in paused: account 'lena-logged' from 198.51.100.32")
                    .endsWith("WARN Sign-in refused while paused: account 'lena-logged' from 198.51.100.32");

            assertThat(log.lines()).isNotEmpty().noneMatch(line -> line.contains("harbour lights"));
        }
        assertThat(output.getAll()).contains("Sign-in failed: account 'lena-logged'");
        assertThat(output.getAll()).doesNotContain("harbour lights");
    }

    @Test
    void an_unknown_name_is_logged_cleaned_of_line_breaks_and_without_the_password(CapturedOutput output)
            throws Exception {
        try (var log = new SecurityLogCapture()) {
            signIn("198.51.100.33", "nobody-here\nINFO Signed in: account 'admin'", WRONG);
            assertThat(log.linesWith("198.51.100.33"))
                    .containsExactly("WARN Sign-in failed: account 'nobody-here?INFO Signed in: account 'admin'' from"
                            + " 198.51.100.33 (BadCredentialsException)");
        }
        assertThat(output.getAll()).doesNotContain("harbour lights");
    }

    private void signIn(String address, String username, String password) throws Exception {
        var form = formLogin("/login").user(username).password(password);
        mvc.perform(servletContext -> {
                    var request = form.buildRequest(servletContext);
                    request.setRemoteAddr(address);
                    return request;
                })
                .andReturn();
    }
}
