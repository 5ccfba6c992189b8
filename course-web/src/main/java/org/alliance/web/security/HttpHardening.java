package org.alliance.web.security;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * What every HTTP request and response goes through before anything else, in one place: the request size
 * limit (first, so even a request that sign-in would refuse is not read past the limit).
 */
@Configuration
class HttpHardening {

    @Bean
    FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(RequestSizeProperties limits) {
        var registration = new FilterRegistrationBean<>(new RequestSizeLimit(limits));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
