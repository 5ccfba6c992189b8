package org.alliance.web.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The principal of a signed-in session. Equal by username, which the session registry relies on. */
public class SignedInUser extends User {
    private final String displayName;
    private final boolean mustChangePassword;

    SignedInUser(
            String username,
            String passwordHash,
            boolean enabled,
            Collection<? extends GrantedAuthority> authorities,
            String displayName,
            boolean mustChangePassword) {
        super(username, passwordHash, enabled, true, true, true, authorities);
        this.displayName = displayName;
        this.mustChangePassword = mustChangePassword;
    }

    /** The same principal with a new stored hash (after a re-hash at sign-in). */
    SignedInUser withPasswordHash(String newHash) {
        return new SignedInUser(getUsername(), newHash, isEnabled(), getAuthorities(), displayName, mustChangePassword);
    }

    public String displayName() {
        return displayName;
    }

    /** Set after an admin reset: the user must choose a new password before anything else. */
    public boolean mustChangePassword() {
        return mustChangePassword;
    }
}
