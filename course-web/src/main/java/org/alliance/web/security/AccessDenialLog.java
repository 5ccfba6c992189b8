package org.alliance.web.security;

import jakarta.servlet.http.HttpServletRequest;
import org.aopalliance.intercept.MethodInvocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Every refusal by Spring Security's authorisation (a service method's {@code @PreAuthorize}, a request the filter
 * chain refuses) goes to the security log: who, what, from where. A signed-in user refused is worth a warning;
 * an anonymous visitor refused is the everyday way to the sign-in page, so only a debug line. Pages refused by
 * Vaadin's view access control are logged by the access-denied page (shell's {@code AccessDeniedView}).
 */
@Configuration(proxyBeanMethods = false)
class AccessDenialLog {
    private static final Logger log = LoggerFactory.getLogger("org.alliance.security");

    /** Without this bean Spring Security publishes no authorisation events at all. */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher events) {
        return new SpringAuthorizationEventPublisher(events);
    }

    @EventListener
    void denied(AuthorizationDeniedEvent<?> event) {
        Authentication who = event.getAuthentication().get();
        String what = describe(event.getSource());
        if (who == null || who instanceof AnonymousAuthenticationToken || !who.isAuthenticated()) {
            log.debug("Access denied: anonymous from {} to {}", clientAddress(), what);
            return;
        }
        log.warn("Access denied: account '{}' from {} to {}", SecurityLog.clean(who.getName()), clientAddress(), what);
    }

    private static String describe(Object secured) {
        return switch (secured) {
            case MethodInvocation call ->
                call.getMethod().getDeclaringClass().getSimpleName() + "."
                        + call.getMethod().getName();
            case HttpServletRequest request -> request.getMethod() + " " + SecurityLog.clean(request.getRequestURI());
            default -> secured.getClass().getSimpleName();
        };
    }

    /** The address of the request this thread serves (Vaadin's included), if any. */
    static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return "unknown";
    }
}
