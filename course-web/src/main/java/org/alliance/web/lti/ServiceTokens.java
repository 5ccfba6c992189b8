package org.alliance.web.lti;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.client.endpoint.NimbusJwtClientAuthenticationParametersConverter;
import org.springframework.security.oauth2.client.endpoint.OAuth2ClientCredentialsGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.stereotype.Component;

/**
 * Access tokens for a platform's services (AGS, NRPS): Spring Security's OAuth2 client, grant
 * {@code client_credentials}, the client authenticated by a JWT signed with the tool's key ({@code private_key_jwt},
 * as the 1EdTech Security Framework asks). Tokens are reused until shortly before they expire.
 */
@Component
class ServiceTokens {
    static final String SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    static final String LINE_ITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
    static final String MEMBERSHIPS = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";

    private record Cached(String value, Instant expiresAt) {}

    private final ToolKeys keys;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    ServiceTokens(ToolKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    String token(Platform platform, String scope) {
        String key = platform.requireId() + " " + scope;
        var cached = cache.get(key);
        if (cached != null && cached.expiresAt().isAfter(clock.instant().plusSeconds(30))) {
            return cached.value();
        }
        var registration = ClientRegistration.withRegistrationId("lti-" + platform.requireId())
                .clientId(platform.clientId())
                .tokenUri(platform.tokenUrl())
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .clientAuthenticationMethod(ClientAuthenticationMethod.PRIVATE_KEY_JWT)
                .scope(scope)
                .build();
        var client = new RestClientClientCredentialsTokenResponseClient();
        client.addParametersConverter(new NimbusJwtClientAuthenticationParametersConverter<>(r -> keys.signingKey()));
        var response = client.getTokenResponse(new OAuth2ClientCredentialsGrantRequest(registration));
        var token = response.getAccessToken();
        var expires = token.getExpiresAt() == null ? clock.instant().plus(Duration.ofMinutes(5)) : token.getExpiresAt();
        cache.put(key, new Cached(token.getTokenValue(), expires));
        return token.getTokenValue();
    }

    /** Forgets tokens of a platform, after it refused one. */
    void forget(Platform platform) {
        cache.keySet().removeIf(k -> k.startsWith(platform.requireId() + " "));
    }
}
