package org.alliance.web.lti;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Predicate;
import org.alliance.web.security.PlatformOrigins;
import org.springframework.stereotype.Component;

/**
 * The registered platforms' origins for the security headers: every platform's as a form target (Deep Linking
 * answers), the iframe-mode ones' as frame ancestors. Read from the database at most once a minute per instance,
 * since every response asks.
 */
@Component
class LtiOrigins implements PlatformOrigins {
    static final Duration FRESH_FOR = Duration.ofMinutes(1);

    private record Snapshot(List<String> forms, List<String> frames, long readAt) {}

    private final PlatformStore platforms;
    private volatile Snapshot snapshot = new Snapshot(List.of(), List.of(), Long.MIN_VALUE / 2);

    LtiOrigins(PlatformStore platforms) {
        this.platforms = platforms;
    }

    @Override
    public List<String> formTargets() {
        return current().forms();
    }

    @Override
    public List<String> frameAncestors() {
        return current().frames();
    }

    /** After an admin changed a registration: the next response reads the platforms again. */
    void refresh() {
        snapshot = new Snapshot(List.of(), List.of(), Long.MIN_VALUE / 2);
    }

    private Snapshot current() {
        var s = snapshot;
        long now = System.nanoTime();
        if (now - s.readAt() < FRESH_FOR.toNanos()) {
            return s;
        }
        var all = platforms.all();
        s = new Snapshot(origins(all, p -> true), origins(all, Platform::iframe), now);
        snapshot = s;
        return s;
    }

    private static List<String> origins(List<Platform> all, Predicate<Platform> which) {
        var out = new LinkedHashSet<String>();
        for (var p : all) {
            if (which.test(p)) {
                for (String url : List.of(p.issuer(), p.authUrl())) {
                    origin(url).ifPresent(out::add);
                }
            }
        }
        return List.copyOf(out);
    }

    static java.util.Optional<String> origin(String url) {
        try {
            var uri = URI.create(url);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return java.util.Optional.empty();
            }
            // Only scheme, host and port: nothing a registration could use to smuggle a directive in.
            String origin = uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
            return origin.matches("https?://[A-Za-z0-9.\\-\\[\\]:]+")
                    ? java.util.Optional.of(origin)
                    : java.util.Optional.empty();
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
