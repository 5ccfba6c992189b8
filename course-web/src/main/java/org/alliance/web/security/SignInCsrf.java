package org.alliance.web.security;

import com.vaadin.flow.spring.security.RequestUtil;
import org.springframework.context.ApplicationContext;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * Spring Security's CSRF check on every request except Vaadin's own (which carry Vaadin's per-UI token instead),
 * the sign-in form included. Vaadin's configurer would also exempt the sign-in page's address (vaadin/flow#17427),
 * so a page elsewhere could sign a visitor in as the attacker (login CSRF); Vaadin's login form sends the token
 * from the page's {@code _csrf} meta tag, so nothing needs the exemption. Use with
 * {@code enableCsrfConfiguration(false)} on Vaadin's configurer.
 */
final class SignInCsrf {
    private SignInCsrf() {}

    static void require(HttpSecurity http) throws Exception {
        RequestUtil vaadin = http.getSharedObject(ApplicationContext.class).getBean(RequestUtil.class);
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadin::isFrameworkInternalRequest));
    }
}
