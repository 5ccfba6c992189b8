package org.alliance.web.lti;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import org.alliance.web.lti.ToolKeyStore.Status;
import org.alliance.web.persistence.NamedLocks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tool's RSA signing keys, kept in the database so every instance signs with the same key and publishes the
 * same set. Rotation: a new key is published first (NEXT) and signs only after platforms have had a rotation's
 * grace period to fetch it; the key it replaces stays published for the same period, then is deleted.
 */
@Service
public class ToolKeys {
    private final ToolKeyStore store;
    private final NamedLocks locks;
    private final Clock clock;
    private final Duration rotateAfter;
    private final Duration grace;

    ToolKeys(
            ToolKeyStore store,
            NamedLocks locks,
            Clock clock,
            @Value("${alliance.lti.key-rotation:90d}") Duration rotateAfter,
            @Value("${alliance.lti.key-grace:1d}") Duration grace) {
        this.store = store;
        this.locks = locks;
        this.clock = clock;
        this.rotateAfter = rotateAfter;
        this.grace = grace;
    }

    /** The key that signs now; the first one is made on first use (under a lock, so two instances make one). */
    RSAKey signingKey() {
        var active = store.withStatus(Status.ACTIVE);
        if (active.isPresent()) {
            return parse(active.get().privateJwk());
        }
        return locks.runExclusively(
                "lti-keys",
                () -> store.withStatus(Status.ACTIVE)
                        .map(k -> parse(k.privateJwk()))
                        .orElseGet(() -> create(Status.ACTIVE)));
    }

    /** The public JWK set platforms fetch from {@code /lti/jwks}: every key that signs or may soon sign. */
    @Transactional
    public Map<String, Object> publicSet() {
        signingKey();
        var keys = new ArrayList<Map<String, Object>>();
        for (String jwk : store.publishedJwks()) {
            keys.add(parse(jwk).toJSONObject());
        }
        return Map.of("keys", keys);
    }

    /** An admin's "rotate now": publishes a new key, or makes the published one sign. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public String rotateNow() {
        return rotate(true);
    }

    /** One step of scheduled rotation; {@code force} skips the age check. Returns what it did. */
    @Transactional
    String rotate(boolean force) {
        var now = clock.instant();
        var active = store.withStatus(Status.ACTIVE);
        var next = store.withStatus(Status.NEXT);
        int deleted = store.deleteRetiredBefore(now.minus(grace));
        if (active.isEmpty()) {
            signingKey();
            return "created the first key";
        }
        if (next.isPresent()) {
            if (force || !next.get().createdAt().isAfter(now.minus(grace))) {
                store.setStatus(active.get().kid(), Status.RETIRED, now);
                store.setStatus(next.get().kid(), Status.ACTIVE, now);
                return "key " + next.get().kid() + " signs now";
            }
            return "waiting for platforms to fetch key " + next.get().kid();
        }
        if (force || !active.get().createdAt().isAfter(now.minus(rotateAfter))) {
            return "published key " + create(Status.NEXT).getKeyID();
        }
        return deleted > 0 ? "deleted " + deleted + " retired keys" : "nothing due";
    }

    private RSAKey create(Status status) {
        try {
            var key = new RSAKeyGenerator(2048)
                    .keyID(UUID.randomUUID().toString())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .generate();
            store.insert(key.getKeyID(), key.toJSONString(), key.toPublicJWK().toJSONString(), status, clock.instant());
            return key;
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate an RSA key", e);
        }
    }

    private static RSAKey parse(String json) {
        try {
            return RSAKey.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("a stored tool key is not a JWK", e);
        }
    }
}
