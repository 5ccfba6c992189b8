package org.alliance.web.account;

/** A generated password, shown to the admin once and never stored in clear. */
public record OneTimePassword(String username, String password) {}
