package org.alliance.web.account;

import java.util.List;

/** The three roles. An admin may also do everything an instructor may, so it carries both authorities. */
public enum AccountRole {
    STUDENT,
    INSTRUCTOR,
    ADMIN;

    /** Spring Security role names (without the ROLE_ prefix) this role grants. */
    public List<String> grantedRoles() {
        return switch (this) {
            case STUDENT -> List.of(Roles.STUDENT);
            case INSTRUCTOR -> List.of(Roles.INSTRUCTOR);
            case ADMIN -> List.of(Roles.ADMIN, Roles.INSTRUCTOR);
        };
    }
}
