package org.alliance.web.lti;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The LTI endpoints sit outside the app's sign-in chain: the platform posts to them cross-site (so no CSRF token
 * can exist; the signed id_token, the one-time state and the nonce stand in for it) and anyone may fetch the keys.
 */
@Configuration
class LtiSecurity {
    @Bean
    @Order(1)
    SecurityFilterChain ltiFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(LtiEndpoints.LOGIN, LtiEndpoints.LAUNCH, LtiEndpoints.JWKS)
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.disable())
                .requestCache(cache -> cache.disable());
        return http.build();
    }
}
