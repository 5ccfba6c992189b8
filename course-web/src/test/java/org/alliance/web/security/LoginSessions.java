package org.alliance.web.security;

import java.time.Instant;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Test fixture: a session principal as the login would create it. */
public final class LoginSessions {
    private LoginSessions() {}

    /** Signed in at {@code signedInAt}: pass the app's clock, which decides when sessions end. */
    public static SignedInUser principalFor(String username, Instant signedInAt) {
        return new SignedInUser(
                username,
                "{noop}unused",
                true,
                List.of(new SimpleGrantedAuthority("ROLE_STUDENT")),
                username,
                false,
                signedInAt);
    }
}
