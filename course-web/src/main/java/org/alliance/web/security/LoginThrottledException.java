package org.alliance.web.security;

import org.springframework.security.core.AuthenticationException;

/** An attempt refused during a backoff, before any password was checked. */
public class LoginThrottledException extends AuthenticationException {
    LoginThrottledException() {
        super("Too many failed attempts; try again later");
    }
}
