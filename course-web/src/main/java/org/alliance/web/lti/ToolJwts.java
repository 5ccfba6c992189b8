package org.alliance.web.lti;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

/** Signs the tool's own JWTs (Deep Linking responses) with the active key, through Spring's NimbusJwtEncoder. */
@Component
class ToolJwts {
    private final ToolKeys keys;

    ToolJwts(ToolKeys keys) {
        this.keys = keys;
    }

    String sign(JwtClaimsSet claims) {
        var key = keys.signingKey();
        var encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
        var header = JwsHeader.with(SignatureAlgorithm.RS256)
                .keyId(key.getKeyID())
                .type("JWT")
                .build();
        return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }
}
