package org.alliance.web.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.alliance.web.account.AccountSessions;
import org.alliance.web.navigation.Routes;
import org.alliance.web.security.ui.LoginView;
import org.alliance.web.security.ui.SessionEndedResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.HttpSessionEventPublisher;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http, SessionRegistry sessionRegistry, ThrottlingAuthenticationProvider authenticationProvider)
            throws Exception {
        http.authenticationProvider(authenticationProvider);
        // Security headers are written by SecurityHeaders (HttpHardening), on every response, in one place.
        http.headers(headers -> headers.disable());
        // Every session is registered and checked on each request (AccountCheckedSessionRegistry), so that a
        // password change, a new role, a disabled account or the absolute lifetime ends it on any instance. The
        // browser then goes to sign in; a Vaadin request (UIDL) is told so in its own protocol.
        http.sessionManagement(sessions -> sessions.maximumSessions(-1)
                .sessionRegistry(sessionRegistry)
                .expiredSessionStrategy(new SessionEndedResponse("/" + Routes.LOGIN + "?" + LoginView.SESSION_ENDED)));
        http.authorizeHttpRequests(a ->
                a.requestMatchers("/actuator/health", "/actuator/health/**").permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                .build();
    }

    /** Argon2id by default (bcrypt cuts passwords at 72 bytes; we allow 128 characters); bcrypt still verifies. */
    @Bean
    PasswordEncoder passwordEncoder() {
        var argon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
        var encoder = new DelegatingPasswordEncoder(
                "argon2", Map.of("argon2", argon2, "bcrypt", new BCryptPasswordEncoder()));
        return encoder;
    }

    @Bean
    SessionRegistry sessionRegistry(
            AccountSessions accounts,
            Clock clock,
            @Value("${alliance.session.max-lifetime:12h}") Duration maxLifetime) {
        return new AccountCheckedSessionRegistry(accounts, clock, maxLifetime);
    }

    /** Tells the session registry when servlet sessions end, so it does not grow forever. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }
}
