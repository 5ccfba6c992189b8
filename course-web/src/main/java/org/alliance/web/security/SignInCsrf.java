package org.alliance.web.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Spring Security's CSRF check on every request except Vaadin's own (which carry Vaadin's per-UI token instead),
 * the sign-in form included. Vaadin's configurer would also exempt the sign-in page's address (vaadin/flow#17427),
 * so a page elsewhere could sign a visitor in as the attacker (login CSRF); Vaadin's login form sends the token
 * from the page's {@code _csrf} meta tag, so nothing needs the exemption. Used with
 * {@code enableCsrfConfiguration(false)} on Vaadin's configurer, which then leaves CSRF to this.
 */
final class SignInCsrf {
    private SignInCsrf() {}

    static void require(HttpSecurity http, RequestMatcher vaadinRequests) throws Exception {
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests));
    }
}
