package org.alliance.bench.bare;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Form login through Vaadin's configurer with one in-memory user. The password is stored as {@code {noop}}
 * (compared as plain text, no hashing): the reference is the framework, so its sign-in costs no hash; Alliance's
 * Argon2id is measured on its own (docs/performance.md).
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {
    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                .build();
    }

    /** The same name and password as Alliance's demo student, so one probe signs in to both. */
    @Bean
    UserDetailsService users() {
        return new InMemoryUserDetailsManager(User.withUsername("student")
                .password("{noop}tide-pools-at-dawn")
                .roles("STUDENT")
                .build());
    }
}
