package org.alliance.web.security;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Test fixture: a session principal as the login would create it. */
public final class LoginSessions {
    private LoginSessions() {}

    public static SignedInUser principalFor(String username) {
        return new SignedInUser(
                username, "{noop}unused", true, List.of(new SimpleGrantedAuthority("ROLE_STUDENT")), username, false);
    }
}
