package org.alliance.web.authorisation;

import java.util.Arrays;
import org.alliance.web.TestUsers;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The columns of the authorisation matrix: who asks, relative to the fixture course of {@link Fixture}. The other
 * student is signed in as a student but not enrolled in the course, so a cell for them covers both "someone
 * else's attempt" and "a course I do not take".
 */
enum Persona {
    ANONYMOUS("anon", null),
    STUDENT("student", "az-student", "STUDENT"),
    OTHER_STUDENT("other", "az-other", "STUDENT"),
    OWNER("owner", "az-owner", "INSTRUCTOR"),
    CO_INSTRUCTOR("co", "az-co", "INSTRUCTOR"),
    RATER("rater", "az-rater", "INSTRUCTOR"),
    STRANGER("stranger", "az-stranger", "INSTRUCTOR"),
    ADMIN("admin", "az-admin", "ADMIN", "INSTRUCTOR");

    final String column;
    final String username;
    private final String[] roles;

    Persona(String column, String username, String... roles) {
        this.column = column;
        this.username = username;
        this.roles = roles;
    }

    /** Sets the security context as the security filter would for this persona's request. */
    void signIn() {
        if (this == ANONYMOUS) {
            SecurityContextHolder.getContext()
                    .setAuthentication(new AnonymousAuthenticationToken(
                            "key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        } else {
            TestUsers.signIn(username, roles);
        }
    }

    static Persona ofColumn(String column) {
        return Arrays.stream(values())
                .filter(p -> p.column.equals(column))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no persona column " + column));
    }
}
