/** Sign-in, sessions, password hashing and failed-login throttling. */
@NullMarked
package org.alliance.web.security;

import org.jspecify.annotations.NullMarked;
