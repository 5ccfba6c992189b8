package org.alliance.web.account;

/** Role names as used in {@code @RolesAllowed}; constants so views and services cannot misspell them. */
public final class Roles {
    public static final String STUDENT = "STUDENT";
    public static final String INSTRUCTOR = "INSTRUCTOR";
    public static final String ADMIN = "ADMIN";

    private Roles() {}
}
