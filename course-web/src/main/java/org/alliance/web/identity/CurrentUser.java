package org.alliance.web.identity;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * The signed-in user, for services: the one place that reads who is asking. Nobody is signed in when there is
 * no authentication, an anonymous one, one not (or no longer) authenticated, or one whose account is disabled.
 * Role and ownership rules stay with each service; this only says who the caller is.
 */
@Component
public class CurrentUser {

    /** The signed-in user's username, if someone is signed in. */
    public Optional<String> username() {
        return signedIn().map(Authentication::getName);
    }

    /**
     * The signed-in user's username.
     *
     * @throws AccessDeniedException when nobody is signed in (what {@code @PreAuthorize} throws, so the caller
     *     sees the same refusal either way)
     */
    public String require() {
        return username().orElseThrow(() -> new AccessDeniedException("nobody is signed in"));
    }

    /** Whether the signed-in user holds a role, named without the {@code ROLE_} prefix ({@code "ADMIN"}). */
    public boolean hasRole(String role) {
        return signedIn()
                .map(auth -> auth.getAuthorities().stream().anyMatch(a -> ("ROLE_" + role).equals(a.getAuthority())))
                .orElse(false);
    }

    private static Optional<Authentication> signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            return Optional.empty();
        }
        if (auth.getPrincipal() instanceof UserDetails details && !details.isEnabled()) {
            return Optional.empty();
        }
        return Optional.of(auth);
    }
}
