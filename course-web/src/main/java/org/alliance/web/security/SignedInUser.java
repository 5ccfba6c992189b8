package org.alliance.web.security;

import java.time.Instant;
import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The principal of a signed-in session. Equal by username, which the session registry relies on. Knows when it
 * signed in, which decides whether a later cut-off of the account's sessions ends it (AccountCheckedSessionRegistry).
 */
public class SignedInUser extends User {
    private final String displayName;
    private final boolean mustChangePassword;
    private final Instant signedInAt;

    SignedInUser(
            String username,
            String passwordHash,
            boolean enabled,
            Collection<? extends GrantedAuthority> authorities,
            String displayName,
            boolean mustChangePassword,
            Instant signedInAt) {
        super(username, passwordHash, enabled, true, true, true, authorities);
        this.displayName = displayName;
        this.mustChangePassword = mustChangePassword;
        this.signedInAt = signedInAt;
    }

    /** The same principal with a new stored hash (after a re-hash at sign-in). */
    SignedInUser withPasswordHash(String newHash) {
        return new SignedInUser(
                getUsername(), newHash, isEnabled(), getAuthorities(), displayName, mustChangePassword, signedInAt);
    }

    public String displayName() {
        return displayName;
    }

    public Instant signedInAt() {
        return signedInAt;
    }

    /** Set after an admin reset: the user must choose a new password before anything else. */
    public boolean mustChangePassword() {
        return mustChangePassword;
    }
}
