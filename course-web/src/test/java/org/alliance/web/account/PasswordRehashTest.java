package org.alliance.web.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import org.alliance.web.AllianceTest;
import org.alliance.web.security.FilterChainMvc;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;

/**
 * Passwords are stored with Argon2id at OWASP's minimum (19 MiB, 2 iterations, parallelism 1). A hash made with
 * the parameters Alliance used before (Spring's v5.8 defaults: 16 MiB) or with bcrypt still signs in, and that
 * sign-in stores the password again with today's parameters; a wrong password changes nothing.
 */
@AllianceTest
class PasswordRehashTest {
    private static final String CURRENT = "$argon2id$v=19$m=19456,t=2,p=1$";

    @Autowired
    WebApplicationContext context;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountRepository repository;

    @Autowired
    PasswordEncoder encoder;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = FilterChainMvc.of(context);
        SecurityContextHolder.clearContext();
    }

    @Test
    void new_passwords_are_hashed_at_owasps_minimum() {
        assertThat(encoder.encode("gulls over the breakwater")).startsWith("{argon2}" + CURRENT);
        accounts.register("Rae Current", "rae-current", "gulls over the breakwater");
        assertThat(hashOf("rae-current")).startsWith("{argon2}" + CURRENT);
    }

    @Test
    void an_old_argon2_hash_signs_in_and_is_rehashed_with_todays_parameters() throws Exception {
        String password = "lanterns along the quay at dusk";
        accounts.register("Otto Oldhash", "otto-oldhash", password);
        String old = "{argon2}"
                + Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(password);
        assertThat(old).contains("$m=16384,t=2,p=1$");
        setHash("otto-oldhash", old);

        assertThat(signsIn("otto-oldhash", "lanterns along the quay at dark")).isFalse();
        assertThat(hashOf("otto-oldhash"))
                .as("a wrong password changes nothing")
                .isEqualTo(old);

        assertThat(signsIn("otto-oldhash", password)).isTrue();
        String upgraded = hashOf("otto-oldhash");
        assertThat(upgraded).startsWith("{argon2}" + CURRENT);
        assertThat(encoder.matches(password, upgraded)).isTrue();

        assertThat(signsIn("otto-oldhash", password))
                .as("the new hash signs in")
                .isTrue();
        assertThat(hashOf("otto-oldhash")).as("and is kept").isEqualTo(upgraded);
    }

    @Test
    void a_bcrypt_hash_signs_in_and_is_rehashed_with_argon2() throws Exception {
        String password = "a kettle singing in the galley";
        accounts.register("Bea Bcrypt", "bea-bcrypt", password);
        setHash("bea-bcrypt", "{bcrypt}" + new BCryptPasswordEncoder().encode(password));

        assertThat(signsIn("bea-bcrypt", password)).isTrue();
        assertThat(hashOf("bea-bcrypt")).startsWith("{argon2}" + CURRENT);
    }

    @Test
    void a_password_changed_since_the_sign_in_read_the_hash_is_not_overwritten() {
        accounts.register("Cas Race", "cas-race", "ropes coiled on the pier");
        String stale = hashOf("cas-race");
        setHash("cas-race", encoder.encode("a newer password for the pier"));
        String changed = hashOf("cas-race");

        accounts.upgradePasswordHash("cas-race", stale, encoder.encode("ropes coiled on the pier"));

        assertThat(hashOf("cas-race")).isEqualTo(changed);
    }

    private boolean signsIn(String username, String password) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(username).password(password))
                .andReturn();
        return !"/login?error".equals(result.getResponse().getRedirectedUrl())
                && result.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) == null;
    }

    private String hashOf(String username) {
        return repository.findByUsername(username).orElseThrow().passwordHash();
    }

    private void setHash(String username, String hash) {
        var account = repository.findByUsername(username).orElseThrow();
        repository.save(account.withPassword(hash, account.mustChangePassword()));
    }
}
