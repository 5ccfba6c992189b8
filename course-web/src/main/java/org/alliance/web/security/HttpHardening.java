package org.alliance.web.security;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.server.servlet.CookieSameSiteSupplier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * What every HTTP request and response goes through before anything else, in one place: the security
 * headers (first, so even a refusal carries them), the request size limit (before sign-in, so no request is
 * read past the limit) and the cookie attributes. Spring Security's header writing is turned off in {@link SecurityConfig}.
 */
@Configuration
class HttpHardening {

    @Bean
    FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(RequestSizeProperties limits) {
        var registration = new FilterRegistrationBean<>(new RequestSizeLimit(limits));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeaders(PlatformOrigins platforms) {
        var registration = new FilterRegistrationBean<>(new SecurityHeaders(platforms));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    /**
     * Every cookie (the session's is the only one) is SameSite=Lax: sent on a top-level link from elsewhere, not
     * on a cross-site form post or fetch. Tomcat adds Secure to the session cookie when the request came over
     * TLS (directly or, with forwarded headers, through the proxy). An LTI launch in an iframe would need
     * SameSite=None; Secure; Partitioned on its own path: add that rule here.
     */
    @Bean
    CookieSameSiteSupplier cookiesSameSiteLax() {
        return CookieSameSiteSupplier.ofLax();
    }
}
