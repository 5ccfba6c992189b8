package org.alliance.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.alliance.web.AllianceTest;
import org.alliance.web.account.AccountService;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;

/**
 * The sign-in form needs the session's CSRF token (no login CSRF: a page elsewhere cannot sign a visitor in as
 * someone else): without it, or with a wrong one, the right password signs nobody in and the password is not even
 * checked; with it, the same request signs in. Through the real filter chain.
 */
@AllianceTest
class SignInCsrfTest {
    private static final String PASSWORD = "pebbles rattling in the surf";

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
    void a_sign_in_without_or_with_a_wrong_csrf_token_is_refused_before_the_password_is_checked() throws Exception {
        accounts.register("Csrf Sign In", "csrf-sign-in", PASSWORD);
        try (var log = new SecurityLogCapture()) {
            MvcResult without = signIn(null);
            assertThat(without.getResponse().getStatus()).isEqualTo(403);
            assertThat(signedIn(without)).isFalse();

            MvcResult wrong = signIn("forged-token");
            assertThat(wrong.getResponse().getStatus()).isEqualTo(403);
            assertThat(signedIn(wrong)).isFalse();
            assertThat(log.linesWith("csrf-sign-in"))
                    .as("the password was never checked")
                    .isEmpty();

            MvcResult with = mvc.perform(post("/login")
                            .with(csrf())
                            .param("username", "csrf-sign-in")
                            .param("password", PASSWORD))
                    .andReturn();
            assertThat(signedIn(with))
                    .as("the same request with the token signs in")
                    .isTrue();
        }
    }

    private MvcResult signIn(@Nullable String token) throws Exception {
        var request = post("/login")
                .session(new MockHttpSession())
                .param("username", "csrf-sign-in")
                .param("password", PASSWORD);
        if (token != null) {
            request.param("_csrf", token);
        }
        return mvc.perform(request).andReturn();
    }

    private static boolean signedIn(MvcResult result) {
        var session = result.getRequest().getSession(false);
        return session != null
                && session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null;
    }
}
