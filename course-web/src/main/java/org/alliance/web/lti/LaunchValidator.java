package org.alliance.web.lti;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.alliance.web.lti.LaunchFailure.Reason;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.stereotype.Component;

/**
 * Checks a launch's id_token (LTI Core 1.3, section 5.1.3): signed by the platform's key (from its JWK set, through
 * Spring Security's NimbusJwtDecoder), from the registered issuer, for our client id, not expired, carrying the
 * nonce of the login it answers (once only), from a registered deployment, a supported message of version 1.3.0.
 */
@Component
class LaunchValidator {
    /** How long a used nonce is remembered: longer than any id_token a platform issues should live. */
    static final Duration NONCE_MEMORY = Duration.ofHours(2);

    private final PlatformStore platforms;
    private final LoginStore logins;
    private final Clock clock;
    private final Map<String, JwtDecoder> decoders = new ConcurrentHashMap<>();

    LaunchValidator(PlatformStore platforms, LoginStore logins, Clock clock) {
        this.platforms = platforms;
        this.logins = logins;
        this.clock = clock;
    }

    /** The launch, or a {@link LaunchFailure} saying what was wrong. Consumes the state and the nonce. */
    Launch validate(String idToken, String state) {
        JWTClaimsSet unverified;
        try {
            unverified = JWTParser.parse(idToken).getJWTClaimsSet();
        } catch (ParseException | RuntimeException e) {
            throw new LaunchFailure(Reason.BAD_TOKEN, "not a JWT");
        }
        var platform = platformFor(unverified);
        Jwt jwt = decode(platform, idToken);
        String nonce = jwt.getClaimAsString("nonce");
        var login = logins.take(state);
        if (login.isEmpty()) {
            boolean replay = nonce != null && logins.nonceUsed(platform.requireId(), nonce);
            throw new LaunchFailure(replay ? Reason.REPLAYED : Reason.UNKNOWN_STATE, "state " + state);
        }
        if (login.get().platformId() != platform.requireId()
                || login.get().expiresAt().isBefore(clock.instant())) {
            throw new LaunchFailure(Reason.UNKNOWN_STATE, "state for another platform or expired");
        }
        if (nonce == null || !nonce.equals(login.get().nonce())) {
            throw new LaunchFailure(Reason.NONCE_MISMATCH, "nonce does not match the login");
        }
        if (logins.nonceUsed(platform.requireId(), nonce)
                || !logins.useNonce(platform.requireId(), nonce, clock.instant().plus(NONCE_MEMORY))) {
            throw new LaunchFailure(Reason.REPLAYED, "nonce used before");
        }
        var launch = new Launch(platform, jwt);
        if (!"1.3.0".equals(Launch.string(jwt.getClaims(), Launch.VERSION))) {
            throw new LaunchFailure(
                    Reason.WRONG_VERSION, String.valueOf(jwt.getClaims().get(Launch.VERSION)));
        }
        if (!List.of(Launch.RESOURCE_LINK_REQUEST, Launch.DEEP_LINKING_REQUEST).contains(launch.messageType())) {
            throw new LaunchFailure(Reason.UNSUPPORTED_MESSAGE, String.valueOf(launch.messageType()));
        }
        String deployment = Launch.string(jwt.getClaims(), Launch.DEPLOYMENT);
        if (deployment == null || !platform.deploymentIds().contains(deployment)) {
            throw new LaunchFailure(Reason.UNKNOWN_DEPLOYMENT, String.valueOf(deployment));
        }
        if (jwt.getSubject() == null || jwt.getSubject().isBlank()) {
            throw new LaunchFailure(Reason.NO_USER, "no sub claim (anonymous launches are not supported)");
        }
        return launch;
    }

    /** The registered platform of the token's issuer whose client id is among its audiences. */
    Platform platformFor(JWTClaimsSet claims) {
        var ofIssuer = claims.getIssuer() == null ? List.<Platform>of() : platforms.byIssuer(claims.getIssuer());
        if (ofIssuer.isEmpty()) {
            throw new LaunchFailure(Reason.UNKNOWN_PLATFORM, "issuer " + claims.getIssuer());
        }
        var audiences = claims.getAudience() == null ? List.<String>of() : claims.getAudience();
        return ofIssuer.stream()
                .filter(p -> audiences.contains(p.clientId()))
                .findFirst()
                .orElseThrow(() -> new LaunchFailure(Reason.WRONG_AUDIENCE, "audience " + audiences));
    }

    private Jwt decode(Platform platform, String idToken) {
        try {
            return decoder(platform).decode(idToken);
        } catch (JwtValidationException e) {
            var code = e.getErrors().stream()
                    .map(OAuth2Error::getErrorCode)
                    .findFirst()
                    .orElse("");
            throw new LaunchFailure(
                    switch (code) {
                        case "expired" -> Reason.EXPIRED;
                        case "audience" -> Reason.WRONG_AUDIENCE;
                        case "issuer" -> Reason.WRONG_ISSUER;
                        default -> Reason.BAD_TOKEN;
                    },
                    e.getMessage());
        } catch (BadJwtException e) {
            throw new LaunchFailure(Reason.BAD_SIGNATURE, e.getMessage());
        } catch (JwtException e) {
            // The platform's key set could not be fetched or held no key for the token.
            throw new LaunchFailure(Reason.BAD_SIGNATURE, e.getMessage());
        }
    }

    private JwtDecoder decoder(Platform platform) {
        return decoders.computeIfAbsent(platform.requireId() + " " + platform.jwksUrl(), key -> {
            var decoder = NimbusJwtDecoder.withJwkSetUri(platform.jwksUrl())
                    .jwsAlgorithm(SignatureAlgorithm.RS256)
                    .build();
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                    renamed(new JwtIssuerValidator(platform.issuer()), "issuer"),
                    renamed(new JwtTimestampValidator(), "expired"),
                    audience(platform.clientId())));
            return decoder;
        });
    }

    /** The audience holds our client id; with several audiences, the authorised party must be us (Core 5.1.3). */
    private static OAuth2TokenValidator<Jwt> audience(String clientId) {
        return jwt -> {
            var aud = jwt.getAudience() == null ? List.<String>of() : jwt.getAudience();
            boolean ok = aud.contains(clientId) && (aud.size() == 1 || clientId.equals(jwt.getClaimAsString("azp")));
            return ok
                    ? OAuth2TokenValidatorResult.success()
                    : OAuth2TokenValidatorResult.failure(new OAuth2Error("audience", "aud " + aud, null));
        };
    }

    private static OAuth2TokenValidator<Jwt> renamed(OAuth2TokenValidator<Jwt> validator, String code) {
        return jwt -> {
            var result = validator.validate(jwt);
            return result.hasErrors()
                    ? OAuth2TokenValidatorResult.failure(new OAuth2Error(
                            code, result.getErrors().iterator().next().getDescription(), null))
                    : result;
        };
    }

    /** Forgets cached key sets, after a platform's registration changed. */
    void forget() {
        decoders.clear();
    }
}
