package org.alliance.web.lti;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Platforms (LMSs) an admin registers, field by field as docs/integration.md lists them. Admins only. */
@Service
public class LtiPlatforms {
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    private final PlatformStore store;
    private final LtiOrigins origins;
    private final LaunchValidator validator;
    private final Clock clock;

    LtiPlatforms(PlatformStore store, LtiOrigins origins, LaunchValidator validator, Clock clock) {
        this.store = store;
        this.origins = origins;
        this.validator = validator;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Platform> list() {
        return store.all();
    }

    /** Registers a platform (no id) or changes one; returns it as stored. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Platform save(Platform platform) {
        var p = checked(platform);
        origins.refresh();
        validator.forget();
        long exceptId = p.id() == null ? -1 : p.id();
        if (store.exists(p.issuer(), p.clientId(), exceptId)) {
            throw new LtiException("lti.platform.error.duplicate");
        }
        if (p.id() == null) {
            long id = store.insert(p, clock.instant());
            return store.byId(id).orElseThrow();
        }
        store.byId(p.id()).orElseThrow(() -> new LtiException("lti.platform.error.unknown"));
        store.update(p);
        return store.byId(p.id()).orElseThrow();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void delete(long platformId) {
        store.delete(platformId);
        origins.refresh();
        validator.forget();
    }

    private static Platform checked(Platform p) {
        if (p.name().isBlank()) {
            throw new LtiException("lti.platform.error.name");
        }
        if (p.issuer().isBlank() || p.clientId().isBlank()) {
            throw new LtiException("lti.platform.error.identity");
        }
        for (String url : List.of(p.authUrl(), p.tokenUrl(), p.jwksUrl())) {
            requireUrl(url);
        }
        var deployments = p.deploymentIds().stream()
                .map(String::strip)
                .filter(d -> !d.isEmpty())
                .distinct()
                .toList();
        if (deployments.isEmpty()) {
            throw new LtiException("lti.platform.error.deployment");
        }
        return new Platform(
                p.id(),
                p.name().strip(),
                p.issuer().strip(),
                p.clientId().strip(),
                p.authUrl().strip(),
                p.tokenUrl().strip(),
                p.jwksUrl().strip(),
                p.iframe(),
                deployments);
    }

    /** An absolute https address; plain http only on this machine (a test platform), never across a network. */
    static void requireUrl(String url) {
        try {
            var uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean loopback = uri.getHost() != null && LOOPBACK.contains(uri.getHost());
            if (uri.getHost() == null || !(scheme.equals("https") || (scheme.equals("http") && loopback))) {
                throw new LtiException("lti.platform.error.url");
            }
        } catch (URISyntaxException e) {
            throw new LtiException("lti.platform.error.url");
        }
    }
}
