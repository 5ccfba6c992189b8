package org.alliance.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers of every response, written before anything else runs, so sign-in pages, static files,
 * errors and refusals carry them too. Spring Security's own header writing is off, so this is the one place.
 */
public class SecurityHeaders extends OncePerRequestFilter {
    /**
     * As strict as Vaadin Flow allows: its bootstrap page starts the client engine with an inline script and
     * the engine builds functions from the JavaScript the server sends ('unsafe-eval'); components set inline
     * styles. Everything else comes from this origin only, and no one may frame the app.
     */
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private final PlatformOrigins platforms;

    SecurityHeaders(PlatformOrigins platforms) {
        this.platforms = platforms;
    }

    /**
     * The policy with the registered LMSs added: they may receive a Deep Linking form post, and those in iframe
     * mode may frame the app (then X-Frame-Options, which cannot name several sites, is left out).
     */
    String policy(List<String> formTargets, List<String> frameAncestors) {
        String policy = CONTENT_SECURITY_POLICY;
        if (!formTargets.isEmpty()) {
            policy = policy.replace("form-action 'self'", "form-action 'self' " + String.join(" ", formTargets));
        }
        if (!frameAncestors.isEmpty()) {
            policy = policy.replace("frame-ancestors 'none'", "frame-ancestors " + String.join(" ", frameAncestors));
        }
        return policy;
    }

    /** A year, and sub-domains too: only ever sent over TLS. */
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

    /** Files that hold nothing personal and may be cached; every other response is a page or data. */
    private static final List<String> STATIC_PREFIXES =
            List.of("/VAADIN/build/", "/VAADIN/static/", "/styles.css", "/favicon.ico", "/icons/");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var ancestors = platforms.frameAncestors();
        response.setHeader("Content-Security-Policy", policy(platforms.formTargets(), ancestors));
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (ancestors.isEmpty()) {
            response.setHeader("X-Frame-Options", "DENY");
        }
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (!isStatic(request)) {
            // Pages and data may be personal: no copy in the browser's or a proxy's cache.
            response.setHeader("Cache-Control", "no-store");
        }
        if (request.isSecure()) {
            // Behind a TLS proxy this holds once forwarded headers are applied (server.forward-headers-strategy).
            response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
        chain.doFilter(request, response);
    }

    private static boolean isStatic(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return STATIC_PREFIXES.stream().anyMatch(path::startsWith);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
