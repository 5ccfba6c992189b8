package org.alliance.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import org.alliance.web.AllianceTest;
import org.alliance.web.account.AccountService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;

/** Sign-in through the real filter chain: throttling, and no hint of whether an account exists. */
@AllianceTest
class LoginThrottlingTest {
    @Autowired
    WebApplicationContext context;

    @Autowired
    AccountService accounts;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = FilterChainMvc.of(context);
    }

    @Test
    void ten_wrong_passwords_pause_the_account_and_look_the_same_as_for_an_unknown_name() throws Exception {
        SecurityContextHolder.clearContext();
        accounts.register("Mira Throttle", "mira-throttle", "the correct long password");
        assertThat(login("mira-throttle", "the correct long password")
                        .getResponse()
                        .getRedirectedUrl())
                .as("the account works before the test")
                .isNotEqualTo("/login?error");

        for (int i = 0; i < 10; i++) {
            MockHttpServletResponse known =
                    login("mira-throttle", "wrong password " + i).getResponse();
            MockHttpServletResponse unknown =
                    login("nobody-mira", "wrong password " + i).getResponse();
            assertThat(known.getStatus()).isEqualTo(unknown.getStatus());
            assertThat(known.getRedirectedUrl()).isEqualTo("/login?error").isEqualTo(unknown.getRedirectedUrl());
        }

        MvcResult refused = login("mira-throttle", "the correct long password");
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(refused.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .as("refused during the backoff, before the password is checked")
                .isInstanceOf(LoginThrottledException.class);
        MvcResult unknownRefused = login("nobody-mira", "whatever it is");
        assertThat(unknownRefused.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .isInstanceOf(LoginThrottledException.class);
    }

    @Test
    void an_attacker_failing_on_purpose_leaves_the_real_user_able_to_sign_in_from_elsewhere() throws Exception {
        SecurityContextHolder.clearContext();
        accounts.register("Noor Target", "noor-target", "otters drift past the jetty");
        for (int i = 0; i < 12; i++) {
            loginFrom("198.51.100.66", "noor-target", "guess number " + i);
        }
        MvcResult attacker = loginFrom("198.51.100.66", "noor-target", "otters drift past the jetty");
        assertThat(attacker.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .as("the attacker's address is paused even with the right password")
                .isInstanceOf(LoginThrottledException.class);

        MvcResult realUser = loginFrom("203.0.113.5", "noor-target", "otters drift past the jetty");
        assertThat(realUser.getResponse().getRedirectedUrl()).isNotEqualTo("/login?error");
        assertThat(realUser.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .isNull();
    }

    @Test
    void a_demo_student_signs_in_with_the_printed_password() throws Exception {
        MvcResult result = login("student", "tide-pools-at-dawn");
        assertThat(result.getResponse().getRedirectedUrl()).isNotEqualTo("/login?error");
        assertThat(result.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .isNull();
    }

    private MvcResult loginFrom(String address, String username, String password) throws Exception {
        var form = formLogin("/login").user(username).password(password);
        return mvc.perform(servletContext -> {
                    var request = form.buildRequest(servletContext);
                    request.setRemoteAddr(address);
                    return request;
                })
                .andReturn();
    }

    private MvcResult login(String username, String password) throws Exception {
        return mvc.perform(formLogin("/login").user(username).password(password))
                .andReturn();
    }
}
