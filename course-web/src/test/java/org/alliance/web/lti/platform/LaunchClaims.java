package org.alliance.web.lti.platform;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * What the test platform's id_token says for a launch (LTI Core 1.3 message, its Deep Linking settings or resource
 * link with an AGS line item, the Names and Roles endpoint), with the fault a refusal test asks for.
 */
final class LaunchClaims {
    static final String CLAIM = "https://purl.imsglobal.org/spec/lti/claim/";

    private LaunchClaims() {}

    static JWTClaimsSet of(TestPlatform platform, LaunchSpec spec, String nonce, String toolBase) {
        var now = Instant.now();
        var claims = new JWTClaimsSet.Builder()
                .issuer(platform.issuer())
                .subject(spec.sub())
                .audience(spec.fault() == LaunchSpec.Fault.WRONG_AUDIENCE ? "someone-else" : TestPlatform.CLIENT_ID)
                .issueTime(Date.from(now.minusSeconds(spec.fault() == LaunchSpec.Fault.EXPIRED ? 3600 : 0)))
                .expirationTime(Date.from(
                        spec.fault() == LaunchSpec.Fault.EXPIRED ? now.minusSeconds(1800) : now.plusSeconds(300)))
                .claim("nonce", nonce)
                .claim("name", spec.name())
                .claim(CLAIM + "message_type", spec.messageType())
                .claim(CLAIM + "version", "1.3.0")
                .claim(
                        CLAIM + "deployment_id",
                        spec.fault() == LaunchSpec.Fault.UNKNOWN_DEPLOYMENT
                                ? "deployment-x"
                                : TestPlatform.DEPLOYMENT_ID)
                .claim(CLAIM + "target_link_uri", toolBase + "/lti/launch")
                .claim(CLAIM + "roles", spec.roles())
                .claim(CLAIM + "context", Map.of("id", spec.contextId(), "title", "Counselling skills 101"))
                .claim(
                        "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice",
                        Map.of(
                                "context_memberships_url",
                                platform.base() + "/memberships",
                                "service_versions",
                                List.of("2.0")));
        if (!spec.custom().isEmpty()) {
            claims.claim(CLAIM + "custom", spec.custom());
        }
        if (spec.messageType().equals("LtiResourceLinkRequest")) {
            claims.claim(CLAIM + "resource_link", Map.of("id", spec.resourceLinkId()));
            if (spec.withLineItem()) {
                claims.claim(
                        "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint",
                        Map.of(
                                "scope", List.of("https://purl.imsglobal.org/spec/lti-ags/scope/score"),
                                "lineitem", platform.lineItemUrl(spec.resourceLinkId())));
            }
        } else {
            claims.claim(
                    "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings",
                    Map.of(
                            "deep_link_return_url",
                            platform.base() + "/deep-link-return",
                            "accept_types",
                            List.of("ltiResourceLink"),
                            "accept_presentation_document_targets",
                            List.of("window", "iframe"),
                            "data",
                            "opaque-data-42"));
        }
        return claims.build();
    }
}
