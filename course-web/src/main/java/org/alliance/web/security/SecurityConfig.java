package org.alliance.web.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import java.time.Duration;
import org.alliance.web.account.AccountSessions;
import org.alliance.web.navigation.Routes;
import org.alliance.web.security.ui.LoginView;
import org.alliance.web.security.ui.SessionEndedResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.session.SessionRegistry;
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
        // The only way to sign in, with no parent manager: Spring Boot would otherwise also put this provider bean
        // in the global parent, which ran every failed sign-in a second time (two hashes, two throttle counts).
        http.authenticationManager(new ProviderManager(authenticationProvider));
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
        SignInCsrf.require(
                http,
                http.getSharedObject(ApplicationContext.class).getBean(RequestUtil.class)::isFrameworkInternalRequest);
        return http.with(
                        VaadinSecurityConfigurer.vaadin(),
                        vaadin -> vaadin.loginView(LoginView.class).enableCsrfConfiguration(false))
                .build();
    }

    /**
     * Argon2id at OWASP's minimum, bcrypt still verifies ({@link PasswordHashing}); at most
     * {@code alliance.security.concurrent-hashes} hashes at once (0: one per core), so a burst of sign-ins queues.
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${alliance.security.concurrent-hashes:0}") int concurrentHashes) {
        return PasswordHashing.encoder(
                concurrentHashes > 0 ? concurrentHashes : Runtime.getRuntime().availableProcessors());
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
