package org.alliance.web;

import java.util.Arrays;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Test fixture: who a service call is made as, the way the security filter would set it for a signed-in user. */
public final class TestUsers {
    private TestUsers() {}

    /** Signs in as {@code username} with the given roles, named without the "ROLE_" prefix. */
    public static void signIn(String username, String... roles) {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        username,
                        null,
                        Arrays.stream(roles)
                                .map(r -> new SimpleGrantedAuthority("ROLE_" + r))
                                .toList()));
    }
}
