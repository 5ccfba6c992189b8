package org.alliance.web.lti;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An LMS registered as an LTI 1.3 platform: who it is (issuer), who Alliance is to it (client id), the deployments
 * that may launch, and where its OIDC authorisation, token and key set endpoints are. {@code iframe} opens launches
 * inside the LMS page instead of a new window.
 */
public record Platform(
        @Nullable Long id,
        String name,
        String issuer,
        String clientId,
        String authUrl,
        String tokenUrl,
        String jwksUrl,
        boolean iframe,
        List<String> deploymentIds) {

    public Platform {
        deploymentIds = List.copyOf(deploymentIds);
    }

    long requireId() {
        if (id == null) {
            throw new IllegalStateException("platform not saved");
        }
        return id;
    }
}
